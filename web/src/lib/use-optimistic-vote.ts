import { useEffect, useState } from 'react';
import type { UpvoteResult } from '@/lib/api/types';

type Send = (on: boolean, callbacks: { onSuccess: (r: UpvoteResult) => void; onError: (e: Error) => void }) => void;

/**
 * An upvote toggle (products and comments): the new state shows at once, the server's answer then
 * replaces it, and a failure rolls it back and is kept in `error`.
 */
export function useOptimisticVote(count: number, on: boolean, send: Send) {
  const [state, setState] = useState({ count, on });
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => setState({ count, on }), [count, on]);

  const toggle = () => {
    const previous = state;
    const next = !state.on;
    setState({ count: state.count + (next ? 1 : -1), on: next });
    setError(null);
    send(next, {
      onSuccess: (r) => setState({ count: r.upvoteCount, on: r.viewerHasUpvoted }),
      onError: (e) => {
        setState(previous);
        setError(e);
      },
    });
  };
  return { count: state.count, on: state.on, error, toggle };
}
