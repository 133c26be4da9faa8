import { NavLink } from 'react-router';

/** Tabs that are links: each tab has its own URL, so it survives reload and can be shared. */
export function LinkTabs({ tabs, label }: { tabs: { to: string; label: string; end?: boolean }[]; label: string }) {
  return (
    <nav aria-label={label} className="flex gap-1 overflow-x-auto border-b border-line">
      {tabs.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end={tab.end}
          replace
          className={({ isActive }) => `whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${isActive ? 'border-brand-600 text-brand-700 dark:text-brand-300' : 'border-transparent text-ink-soft hover:text-ink'}`}
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
