import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProfile } from '@/features/users/api/get-profile';
import { useFollows } from '@/features/users/api/list-follows';
import { ProfileHeader } from '@/features/users/components/profile-header';
import { AccountModeration } from '@/features/moderation/components/account-moderation';
import { useModeratedUser } from '@/features/moderation/api/get-moderated-user';
import { UserList } from '@/features/users/components/user-list';
import { ActivityList } from '@/features/users/components/activity-list';
import { useUserProducts } from '@/features/products/api/user-products';
import { ProductFeed } from '@/features/products/components/product-feed';
import { LinkTabs } from '@/components/ui/tabs';
import { ErrorState, Loading } from '@/components/ui/states';
import { isApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/session';
import { displayName } from '@/lib/format';
import { usePageTitle } from '@/lib/page-title';
import { NotFound } from '@/app/routes/not-found';

const tabs = ['products', 'upvotes', 'followers', 'following', 'activity'] as const;
type Tab = (typeof tabs)[number];

function Products({ username, kind }: { username: string; kind: 'products' | 'upvotes' }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  return <ProductFeed query={useUserProducts(username, kind)} empty={t('common.empty')} showStatus={kind === 'products' && user?.username === username} />;
}

function Follows({ username, kind }: { username: string; kind: 'followers' | 'following' }) {
  return <UserList query={useFollows(username, kind)} />;
}

export default function ProfilePage() {
  const { username = '', tab } = useParams();
  const { t } = useTranslation();
  const { status, isModerator } = useAuth();
  const profile = useProfile(username);
  // Moderators see the account as the API shows it to them: banned ones too, with roles and ban state.
  const account = useModeratedUser(username, isModerator);
  const shown = account.data ?? profile.data;
  usePageTitle(shown ? displayName(shown) : username);
  const current = (tab ?? 'products') as Tab;
  if (!tabs.includes(current)) return <NotFound />;
  if (!shown) {
    if (profile.isPending || status === 'loading' || (isModerator && account.isPending)) return <Loading />;
    const error = isModerator ? account.error : profile.error;
    if (isApiError(error, 404)) return <NotFound message={t('profile.notFound')} />;
    return <ErrorState error={error} onRetry={() => void (isModerator ? account.refetch() : profile.refetch())} />;
  }
  const banned = !!account.data?.bannedAt;
  return (
    <div className="space-y-4">
      <ProfileHeader profile={shown} banned={banned} />
      <AccountModeration username={shown.username} />
      {banned
        ? <p className="rounded-md bg-muted p-3 text-sm">{t('profile.bannedNote')}</p>
        : (
          <>
            <LinkTabs label={t('nav.profile')} tabs={tabs.map((k) => ({ to: k === 'products' ? `/u/${username}` : `/u/${username}/${k}`, label: t(`profile.${k}`), end: true }))} />
            {(current === 'products' || current === 'upvotes') && <Products key={current} username={username} kind={current} />}
            {(current === 'followers' || current === 'following') && <Follows key={current} username={username} kind={current} />}
            {current === 'activity' && <ActivityList username={username} />}
          </>
        )}
    </div>
  );
}
