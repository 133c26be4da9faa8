import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SanitizedHtml } from '@/components/ui/sanitized-html';

describe('SanitizedHtml', () => {
  it('names task-list checkboxes after their item, not its nested list', () => {
    const html = '<ul class="contains-task-list"><li class="task-list-item"><input disabled="disabled" type="checkbox" checked="checked"> Ship <strong>it</strong>'
      + '<ul class="contains-task-list"><li class="task-list-item"><input disabled="disabled" type="checkbox"> Write docs</li></ul></li></ul><p>Done.</p>';
    render(<SanitizedHtml html={html} className="prose-vitrin" />);
    expect(screen.getByRole('checkbox', { name: 'Ship it' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Write docs' })).not.toBeChecked();
    expect(screen.getByText('Done.')).toBeInTheDocument();
  });
});
