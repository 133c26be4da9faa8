import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Below the sign-in form: the way to the forgot-password page. */
export function AuthSeams() {
  const { t } = useTranslation();
  return (
    <ul className="space-y-1 text-center text-xs text-ink-soft">
      <li><Link to="/forgot-password" className="underline">{t('auth.forgot')}</Link></li>
    </ul>
  );
}
