import Markdown from 'react-markdown';

/**
 * Preview of the author's own Markdown while writing. react-markdown builds React elements and
 * ignores raw HTML, so nothing is injected; the published page shows the server's sanitized HTML.
 */
export default function MarkdownPreview({ source }: { source: string }) {
  return (
    <div className="prose-vitrin min-h-40 rounded-md border border-line bg-surface p-3">
      <Markdown skipHtml urlTransform={(url) => (/^(https?:|mailto:|#|\/)/i.test(url) ? url : '')}>{source}</Markdown>
    </div>
  );
}
