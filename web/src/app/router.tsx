import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from '@/app/layout';
import { RouteError } from '@/app/routes/route-error';

type Module = { default: React.ComponentType };
// Each page is its own chunk: the home page loads only what it needs.
const page = (load: () => Promise<Module>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, ...page(() => import('@/app/routes/home')) },
          { path: 'p/:slug', ...page(() => import('@/app/routes/product')) },
          { path: 'p/:slug/edit', ...page(() => import('@/app/routes/edit-product')) },
          { path: 'submit', ...page(() => import('@/app/routes/submit')) },
          { path: 'c/:slug', ...page(() => import('@/app/routes/category')) },
          { path: 't/:tag', ...page(() => import('@/app/routes/tag')) },
          { path: 'leaderboard', ...page(() => import('@/app/routes/leaderboard')) },
          { path: 'search', ...page(() => import('@/app/routes/search')) },
          { path: 'u/:username/:tab?', ...page(() => import('@/app/routes/profile')) },
          { path: 'settings/profile', ...page(() => import('@/app/routes/edit-profile')) },
          { path: 'me/products', ...page(() => import('@/app/routes/my-products')) },
          { path: 'notifications', ...page(() => import('@/app/routes/notifications')) },
          { path: 'mod', ...page(() => import('@/app/routes/moderation-queue')) },
          { path: 'moderation-log', ...page(() => import('@/app/routes/moderation-log')) },
          { path: 'signin', ...page(() => import('@/app/routes/sign-in')) },
          { path: 'signup', ...page(() => import('@/app/routes/sign-up')) },
          { path: 'forgot-password', ...page(() => import('@/app/routes/forgot-password')) },
          { path: 'reset-password', ...page(() => import('@/app/routes/reset-password')) },
          { path: 'confirm-email', ...page(() => import('@/app/routes/confirm-email')) },
          { path: '*', ...page(() => import('@/app/routes/not-found')) },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
