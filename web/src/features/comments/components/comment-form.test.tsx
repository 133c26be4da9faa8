import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CommentForm } from '@/features/comments/components/comment-form';
import { ApiError } from '@/lib/api/problem';
import '@/lib/i18n/i18n';

describe('CommentForm', () => {
  it('refuses an empty comment without calling the API', async () => {
    const onSubmit = vi.fn();
    render(<CommentForm label="Comment" submitLabel="Comment" pending={false} error={null} onSubmit={onSubmit} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Comment' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('A comment is 1–5 000 characters.');
  });

  it('shows the API’s body error and rate-limit wait next to the field', () => {
    const fieldError = new ApiError(400, { title: 'Validation', errors: { body: ['Too long.'] } });
    const { rerender } = render(<CommentForm label="Comment" submitLabel="Comment" pending={false} error={fieldError} onSubmit={vi.fn()} />);
    expect(screen.getByLabelText('Comment')).toHaveAccessibleDescription('Too long.');

    rerender(<CommentForm label="Comment" submitLabel="Comment" pending={false} error={new ApiError(429, { title: 'Too many comments.' }, 40)} onSubmit={vi.fn()} />);
    expect(screen.getByLabelText('Comment')).toHaveAccessibleDescription('Please try again in 40 s.');
  });

  it('clears the box after a successful post', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    render(<CommentForm label="Comment" submitLabel="Post" pending={false} error={null} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('Comment'), '  Nice work  ');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(onSubmit).toHaveBeenCalledWith('Nice work');
    expect(screen.getByLabelText('Comment')).toHaveValue('');
  });
});
