import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUserProducts } from '@/features/products/api/user-products';
import { ProductFeed } from '@/features/products/components/product-feed';
import { RequireAuth } from '@/app/require-auth';
import { useAuth } from '@/lib/auth/session';
import { usePageTitle } from '@/lib/page-title';

function MyProducts({ username }: { username: string }) {
  const { t } = useTranslation();
  const products = useUserProducts(username, 'products');
  return <ProductFeed query={products} showStatus empty={<>{t('mine.empty')} <Link to="/submit" className="font-medium underline">{t('mine.submitFirst')}</Link></>} />;
}

export default function MyProductsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  usePageTitle(t('mine.title'));
  return (
    <RequireAuth>
      <h1 className="mb-4 text-2xl font-bold">{t('mine.title')}</h1>
      {user && <MyProducts username={user.username} />}
    </RequireAuth>
  );
}
