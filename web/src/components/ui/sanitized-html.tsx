import { useLayoutEffect, useRef } from 'react';

/**
 * HTML that the API rendered from Markdown and sanitized by allow-list. Task-list checkboxes (disabled,
 * "- [x] item") get their item's text as their accessible name, which the API's markup leaves out.
 */
export function SanitizedHtml({ html, className }: { html: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.querySelectorAll<HTMLInputElement>('li > input[type="checkbox"]').forEach((box) => {
      let text = '';
      // The item's own text: up to a nested list, if any.
      for (let n = box.nextSibling; n && !(n instanceof HTMLElement && /^(UL|OL)$/.test(n.tagName)); n = n.nextSibling) text += n.textContent ?? '';
      if (text.trim()) box.setAttribute('aria-label', text.trim());
    });
  }, [html]);
  return <div ref={ref} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
