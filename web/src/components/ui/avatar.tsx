export function Avatar({ user, size = 32 }: { user: { username: string; displayName?: string | null; avatarUrl?: string | null } | null; size?: number }) {
  const name = user ? user.displayName || user.username : '?';
  if (user?.avatarUrl) return <img src={user.avatarUrl} alt="" width={size} height={size} className="shrink-0 rounded-full object-cover" style={{ width: size, height: size }} />;
  return (
    <span aria-hidden className="inline-flex shrink-0 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-800 dark:bg-brand-900 dark:text-brand-100" style={{ width: size, height: size, fontSize: size * 0.42 }}>
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
