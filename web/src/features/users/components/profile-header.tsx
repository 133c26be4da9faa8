import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/lib/api/types';
import { useAuth } from '@/lib/auth/session';
import { FollowButton } from '@/features/users/components/follow-button';
import { Avatar } from '@/components/ui/avatar';
import { displayName, formatDate, formatNumber } from '@/lib/format';

/** `banned` is only ever true for moderators (who can open a banned account's profile): a badge, and no follow button. */
export function ProfileHeader({ profile, banned = false }: { profile: Profile; banned?: boolean }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const links = [profile.website, profile.twitter, profile.github, profile.linkedin].filter((l): l is string => !!l);
  const stats: [string, number][] = [
    [t('profile.products'), profile.stats.products], [t('profile.followers'), profile.stats.followers],
    [t('profile.following'), profile.stats.following], [t('profile.upvotesReceived'), profile.stats.upvotesReceived],
  ];
  return (
    <header className="rounded-xl border border-line bg-surface p-4 sm:p-6">
      <div className="flex flex-wrap items-start gap-4">
        <Avatar user={profile} size={72} />
        <div className="min-w-0 flex-1">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-bold">
            {displayName(profile)}
            {banned && <span className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">{t('profile.banned')}</span>}
          </h1>
          <p className="text-ink-soft">@{profile.username}{profile.jobTitle ? ` · ${profile.jobTitle}` : ''}{profile.company ? ` @ ${profile.company}` : ''}</p>
          {profile.bio && <p className="mt-2 whitespace-pre-line">{profile.bio}</p>}
          <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-ink-soft">
            {profile.location && <span>{profile.location}</span>}
            <span>{t('profile.joined', { date: formatDate(profile.createdAt) })}</span>
            {links.map((l) => <a key={l} href={l} rel="nofollow noopener noreferrer me" target="_blank" className="underline">{new URL(l).hostname}</a>)}
          </p>
        </div>
        {user?.id === profile.id
          ? <Link to="/settings/profile" className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-muted">{t('profile.edit')}</Link>
          : !banned && <FollowButton profile={profile} />}
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-2 text-center sm:grid-cols-4">
        {stats.map(([label, n]) => (
          <div key={label} className="rounded-lg bg-muted p-2">
            <dd className="text-lg font-semibold" data-testid={`stat-${label}`}>{formatNumber(n)}</dd>
            <dt className="text-xs text-ink-soft">{label}</dt>
          </div>
        ))}
      </dl>
    </header>
  );
}
