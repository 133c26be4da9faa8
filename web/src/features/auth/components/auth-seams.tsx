import { useTranslation } from 'react-i18next';

/**
 * Seams for issue 7 (not in the API yet): forgot/reset password and email confirmation. Nothing here pretends to work.
 */
export function AuthSeams() {
  const { t } = useTranslation();
  return (
    <ul className="space-y-1 text-center text-xs text-ink-soft">
      <li>{t('auth.forgotSoon')}</li>
    </ul>
  );
}
