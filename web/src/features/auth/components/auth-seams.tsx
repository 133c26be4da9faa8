import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * Seams for issue 7 (not in the API yet): Google sign-in (shown when a client id is configured,
 * POST /auth/google). Also the way to the forgot-password page.
 */
export function AuthSeams() {
  const { t } = useTranslation();
  return (
    <ul className="space-y-1 text-center text-xs text-ink-soft">
      <li>{t('auth.googleSoon')}</li>
      <li><Link to="/forgot-password" className="underline">{t('auth.forgot')}</Link></li>
    </ul>
  );
}
