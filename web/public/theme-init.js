// Applies the remembered theme (or the system's) before the app renders, to avoid a flash.
(function () {
  var saved = null;
  try { saved = localStorage.getItem('vitrin.theme'); } catch (e) { /* storage blocked */ }
  var dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  var lang = null;
  try { lang = localStorage.getItem('vitrin.lang'); } catch (e) { /* storage blocked */ }
  if (lang === 'fa') { document.documentElement.lang = 'fa'; document.documentElement.dir = 'rtl'; }
})();
