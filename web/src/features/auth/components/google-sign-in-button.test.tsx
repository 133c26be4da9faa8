import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoogleSignInButton, gsiScriptUrl } from '@/features/auth/components/google-sign-in-button';
import { anonymous, json, me, mockApi } from '@/test/api-mock';
import { renderWithApp } from '@/test/render';

const enabled = () => json(200, { google: true, googleClientId: 'client-123.apps.googleusercontent.com' });

/** A stand-in for Google Identity Services that records what the button asked of it. */
function fakeGis() {
  const gis = { initialize: vi.fn(), renderButton: vi.fn() };
  const callback = () => (gis.initialize.mock.calls[0][0] as { callback: (r: { credential: string }) => void }).callback;
  return { gis, callback };
}

const findScript = () => waitFor(() => {
  const found = document.head.querySelector<HTMLScriptElement>(`script[src="${gsiScriptUrl}"]`);
  expect(found).not.toBeNull();
  return found!;
});

/** Waits for the button to add the GIS script, then "loads" it with the fake. */
async function loadScript(gis: object) {
  const script = await findScript();
  window.google = { accounts: { id: gis as never } };
  script.dispatchEvent(new Event('load'));
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.google;
  document.head.querySelectorAll('script').forEach((s) => s.remove());
});

describe('GoogleSignInButton', () => {
  it('shows nothing and loads no script when Google sign-in is off', async () => {
    const calls = mockApi({
      'POST /api/v1/auth/refresh': anonymous,
      'GET /api/v1/auth/providers': () => json(200, { google: false, googleClientId: null }),
    });
    const { container } = renderWithApp(<GoogleSignInButton onSignedIn={vi.fn()} />);
    await waitFor(() => expect(calls.some((c) => c.path === '/api/v1/auth/providers')).toBe(true));
    expect(container).toBeEmptyDOMElement();
    expect(document.head.querySelector(`script[src="${gsiScriptUrl}"]`)).toBeNull();
  });

  it('loads GIS on demand, renders Google\'s button and posts the credential', async () => {
    const calls = mockApi({
      'POST /api/v1/auth/refresh': anonymous,
      'GET /api/v1/auth/providers': enabled,
      'POST /api/v1/auth/google': () => json(201, { accessToken: 'token-g', tokenType: 'Bearer', expiresIn: 900, user: { ...me, googleLinked: true } }),
    });
    const { gis, callback } = fakeGis();
    const onSignedIn = vi.fn();
    renderWithApp(<GoogleSignInButton onSignedIn={onSignedIn} />);
    await loadScript(gis);

    await waitFor(() => expect(gis.renderButton).toHaveBeenCalledWith(screen.getByTestId('google-sign-in'), expect.objectContaining({ text: 'continue_with' })));
    expect(gis.initialize).toHaveBeenCalledWith(expect.objectContaining({ client_id: 'client-123.apps.googleusercontent.com', ux_mode: 'popup' }));

    callback()({ credential: 'google-id-token' });
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(onSignedIn.mock.calls[0][0]).toMatchObject({ accessToken: 'token-g', user: { googleLinked: true } });
    const body = JSON.parse(calls.find((c) => c.path === '/api/v1/auth/google')!.body!);
    expect(body).toEqual({ credential: 'google-id-token', tokenDelivery: 'cookie' });
  });

  it('explains a refused link to an existing account', async () => {
    mockApi({
      'POST /api/v1/auth/refresh': anonymous,
      'GET /api/v1/auth/providers': enabled,
      'POST /api/v1/auth/google': () => json(409, { title: 'An account with this email already exists.', status: 409 }),
    });
    const { gis, callback } = fakeGis();
    const onSignedIn = vi.fn();
    renderWithApp(<GoogleSignInButton onSignedIn={onSignedIn} />);
    await loadScript(gis);
    await waitFor(() => expect(gis.initialize).toHaveBeenCalled());

    callback()({ credential: 'google-id-token' });

    expect(await screen.findByRole('alert')).toHaveTextContent('An account with this email already exists. Sign in with your password');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says so when the GIS script cannot load', async () => {
    mockApi({ 'POST /api/v1/auth/refresh': anonymous, 'GET /api/v1/auth/providers': enabled });
    renderWithApp(<GoogleSignInButton onSignedIn={vi.fn()} />);
    const script = await findScript();
    script.dispatchEvent(new Event('error'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Google sign-in is unavailable right now.');
  });
});
