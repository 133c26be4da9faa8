import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import type { TokenResponse } from '@/lib/api/types';
import { authProvidersQueryOptions, useGoogleSignIn } from '@/features/auth/api/google-sign-in';
import { FormErrors } from '@/components/ui/field';

/** The part of Google Identity Services (https://developers.google.com/identity/gsi/web) this button uses. */
interface GoogleIdentity {
  initialize(config: { client_id: string; callback: (response: { credential: string }) => void; ux_mode?: 'popup' }): void;
  renderButton(parent: HTMLElement, options: Record<string, string | number>): void;
}
declare global {
  interface Window { google?: { accounts?: { id?: GoogleIdentity } } }
}

export const gsiScriptUrl = 'https://accounts.google.com/gsi/client';
let loading: Promise<GoogleIdentity> | null = null;

/** Loads the GIS script once, on demand (only pages that show the button pay for it). */
export function loadGoogleIdentity(): Promise<GoogleIdentity> {
  const ready = window.google?.accounts?.id;
  if (ready) return Promise.resolve(ready);
  loading ??= new Promise<GoogleIdentity>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = gsiScriptUrl;
    script.async = true;
    script.onload = () => {
      const id = window.google?.accounts?.id;
      if (id) resolve(id);
      else reject(new Error('Google Identity Services did not load.'));
    };
    script.onerror = () => reject(new Error('Google Identity Services did not load.'));
    document.head.appendChild(script);
  }).finally(() => {
    // Once loaded, window.google answers; after a failure, a later visit may try again.
    loading = null;
  });
  return loading;
}

/** "Continue with Google": shown only when the server has a Google client id. */
export function GoogleSignInButton({ onSignedIn }: { onSignedIn: (s: TokenResponse) => void }) {
  const { t, i18n } = useTranslation();
  const providers = useQuery(authProvidersQueryOptions());
  const clientId = providers.data?.google ? providers.data.googleClientId : null;
  const mutation = useGoogleSignIn();
  const { mutate } = mutation;
  const container = useRef<HTMLDivElement>(null);
  const signedIn = useRef(onSignedIn);
  signedIn.current = onSignedIn;
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    if (!clientId) return;
    let active = true;
    loadGoogleIdentity().then((id) => {
      if (!active || !container.current) return;
      id.initialize({
        client_id: clientId,
        ux_mode: 'popup',
        callback: ({ credential }) => mutate(credential, { onSuccess: (s) => signedIn.current(s) }),
      });
      id.renderButton(container.current, { type: 'standard', theme: 'outline', size: 'large', text: 'continue_with', locale: i18n.language, width: 320 });
    }, () => active && setLoadFailed(true));
    return () => { active = false; };
  }, [clientId, mutate, i18n.language]);

  if (!clientId) return null;
  const error = mutation.error;
  const message = loadFailed ? t('auth.googleUnavailable')
    : isApiError(error, 409) ? t('auth.googleLinkConflict')
    : isApiError(error, 401) ? t('auth.googleInvalid')
    : isApiError(error, 503) ? t('auth.googleUnavailable')
    : error ? error.message : null;
  return (
    <div className="space-y-2">
      <p className="text-center text-xs text-ink-soft">{t('auth.or')}</p>
      {message && <FormErrors messages={[message]} />}
      <div ref={container} className="flex justify-center" aria-busy={mutation.isPending} data-testid="google-sign-in" />
    </div>
  );
}
