import { useState } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/session';
import { setTheme, useTheme } from '@/lib/theme';
import { setLanguage } from '@/lib/i18n/i18n';
import { SearchBox } from '@/features/search/components/search-box';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { Avatar } from '@/components/ui/avatar';
import { openJobsDashboard } from '@/features/moderation/api/open-jobs-dashboard';

const navLink = ({ isActive }: { isActive: boolean }) => `rounded-md px-2 py-1.5 text-sm font-medium ${isActive ? 'text-brand-700 dark:text-brand-300' : 'text-ink-soft hover:text-ink'}`;

function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut, isModerator } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  if (!user) return null;
  const item = 'block w-full px-3 py-2 text-start text-sm hover:bg-muted';
  return (
    <div className="relative" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} aria-label={t('nav.menu')} onClick={() => setOpen(!open)} className="rounded-full p-0.5 hover:ring-2 hover:ring-line"
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
        <Avatar user={user} size={32} />
      </button>
      {open && (
        <div role="menu" className="absolute end-0 z-40 mt-2 w-52 overflow-hidden rounded-md border border-line bg-surface shadow-lg" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <p className="border-b border-line px-3 py-2 text-sm font-medium">@{user.username}</p>
          <Link role="menuitem" to={`/u/${user.username}`} className={item} onClick={() => setOpen(false)}>{t('nav.profile')}</Link>
          <Link role="menuitem" to="/me/products" className={item} onClick={() => setOpen(false)}>{t('nav.myProducts')}</Link>
          <Link role="menuitem" to="/settings/profile" className={item} onClick={() => setOpen(false)}>{t('nav.editProfile')}</Link>
          {isModerator && <Link role="menuitem" to="/mod" className={item} onClick={() => setOpen(false)}>{t('nav.moderation')}</Link>}
          {user.roles.includes('admin') && (
            <button role="menuitem" type="button" className={item} onClick={() => { setOpen(false); void openJobsDashboard(); }}>{t('nav.jobs')}</button>
          )}
          <button role="menuitem" type="button" className={item} onClick={() => { setOpen(false); void signOut().then(() => navigate('/')); }}>{t('nav.signOut')}</button>
        </div>
      )}
    </div>
  );
}

export function Header() {
  const { t, i18n } = useTranslation();
  const { status } = useAuth();
  const theme = useTheme();
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-2 px-3 py-2 sm:px-6">
        <Link to="/" className="flex items-center gap-2 text-lg font-bold">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')} className="flex items-center gap-1">
          <NavLink to="/" end className={navLink}>{t('nav.discover')}</NavLink>
          <NavLink to="/leaderboard" className={navLink}>{t('nav.leaderboard')}</NavLink>
          <NavLink to="/submit" className={navLink}>{t('nav.submit')}</NavLink>
        </nav>
        <div className="order-last w-full sm:order-none sm:w-auto sm:min-w-48 sm:flex-1"><SearchBox /></div>
        <div className="ms-auto flex items-center gap-1">
          <button type="button" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')} aria-label={t('nav.theme')} aria-pressed={theme === 'dark'} className="rounded-md p-2 hover:bg-muted" data-testid="theme-toggle">
            <span aria-hidden>{theme === 'dark' ? '☀' : '☾'}</span>
          </button>
          <button type="button" onClick={() => void setLanguage(i18n.language === 'fa' ? 'en' : 'fa')} title={t('nav.languageLabel')} className="rounded-md px-2 py-1.5 text-sm hover:bg-muted" lang={i18n.language === 'fa' ? 'en' : 'fa'}>
            {t('nav.language')}
          </button>
          {status === 'signed-in' && <NotificationBell />}
          {status === 'signed-in' ? <UserMenu /> : status === 'anonymous' ? (
            <>
              <Link to="/signin" className="rounded-md px-2 py-1.5 text-sm font-medium hover:bg-muted">{t('nav.signIn')}</Link>
              <Link to="/signup" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">{t('nav.signUp')}</Link>
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
