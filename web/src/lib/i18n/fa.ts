import type { Messages } from '@/lib/i18n/en';

const fa: Messages = {
  app: { name: 'ویترین', tagline: 'جایی که سازندگان محصولشان را عرضه می‌کنند و جامعه کشفشان می‌کند.', skip: 'رفتن به محتوا' },
  nav: {
    discover: 'کشف', leaderboard: 'برترین‌ها', submit: 'ثبت محصول', signIn: 'ورود', signUp: 'ثبت‌نام', signOut: 'خروج',
    profile: 'نمایه', myProducts: 'محصولات من', editProfile: 'ویرایش نمایه', notifications: 'اعلان‌ها',
    moderation: 'نظارت', modLog: 'گزارش نظارت', menu: 'منوی حساب', theme: 'تغییر پوسته', dark: 'تیره', light: 'روشن',
    language: 'English', languageLabel: 'تغییر زبان',
  },
  common: {
    loading: 'در حال بارگذاری…', loadMore: 'بیشتر', retry: 'دوباره تلاش کنید', save: 'ذخیره', cancel: 'انصراف', delete: 'حذف',
    edit: 'ویرایش', reply: 'پاسخ', empty: 'هنوز چیزی اینجا نیست.', error: 'مشکلی پیش آمد.', by: 'از', views: '{{count}} بازدید',
    comments: '{{count}} دیدگاه', upvotes: '{{count}} رأی', upvote: 'رأی', upvoted: 'رأی داده‌اید', featured: 'ویژه',
    new: 'تازه', back: 'بازگشت', signInToContinue: 'برای ادامه وارد شوید', confirmDelete: 'برای همیشه حذف شود؟', share: 'کپی پیوند',
    copied: 'پیوند کپی شد', close: 'بستن', previous: 'قبلی', next: 'بعدی', report: 'گزارش', tryLater: 'لطفاً {{seconds}} ثانیه دیگر دوباره تلاش کنید.',
  },
  home: {
    trending: 'داغ', new: 'تازه', top: 'برتر', period: 'بازه', all: 'همه زمان‌ها', day: 'امروز', week: 'این هفته',
    month: 'این ماه', year: 'امسال', allCategories: 'همه', featuredTitle: 'ویژه', categories: 'دسته‌ها',
    empty: 'هنوز محصولی نیست. اولین نفر باشید!', following: 'دنبال‌شده‌ها',
    followingEmpty: 'سازندگان و دسته‌ها را دنبال کنید تا عرضه‌هایشان اینجا بیاید.',
  },
  search: {
    placeholder: 'جستجوی محصول، سازنده، برچسب…', label: 'جستجو', products: 'محصولات', users: 'سازندگان', categories: 'دسته‌ها',
    tags: 'برچسب‌ها', noResults: 'نتیجه‌ای برای «{{q}}» نیست.', unavailable: 'جستجو هنوز در دسترس نیست.', title: 'نتایج جستجو برای «{{q}}»',
    seeAll: 'همه نتایج',
  },
  product: {
    visit: 'دیدن وب‌سایت', demo: 'دیدن نسخه نمایشی', madeBy: 'ساخته‌ی', tags: 'برچسب‌ها', stats: 'آمار', category: 'دسته',
    notFound: 'این محصول وجود ندارد یا اجازه دیدنش را ندارید.', edit: 'ویرایش محصول', gallery: 'گالری',
    imageOf: 'تصویر {{n}} از {{total}}', launched: 'عرضه در {{date}}', scheduled: 'عرضه در {{date}}', noDescription: 'هنوز توضیحی نیست.',
    upvotesLabel: 'رأی‌ها', commentsLabel: 'دیدگاه‌ها', viewsLabel: 'بازدیدها',
    ownProduct: 'نمی‌توانید به محصول خودتان رأی دهید.',
  },
  status: { draft: 'پیش‌نویس', scheduled: 'زمان‌بندی‌شده', published: 'منتشرشده', archived: 'بایگانی' },
  comments: {
    title: 'گفتگو', best: 'بهترین', new: 'تازه‌ترین', old: 'قدیمی‌ترین', sort: 'مرتب‌سازی دیدگاه‌ها', placeholder: 'نظرتان را بنویسید (مارک‌داون)',
    post: 'ارسال دیدگاه', signIn: 'برای شرکت در گفتگو وارد شوید.', deleted: '[حذف‌شده]', edited: 'ویرایش‌شده', collapse: 'جمع کردن رشته',
    expand: 'باز کردن رشته ({{count}})', empty: 'هنوز دیدگاهی نیست. گفتگو را شروع کنید!', replyTo: 'پاسخ به {{name}}',
    reported: 'گزارش شد. سپاس.', body: 'دیدگاه',
  },
  auth: {
    signInTitle: 'ورود به ویترین', signUpTitle: 'پیوستن به ویترین', login: 'نام کاربری یا ایمیل', username: 'نام کاربری', email: 'ایمیل',
    password: 'گذرواژه', displayName: 'نام نمایشی (اختیاری)', submitSignIn: 'ورود', submitSignUp: 'ساخت حساب',
    noAccount: 'تازه‌وارد هستید؟', haveAccount: 'حساب دارید؟', google: 'ادامه با گوگل',
    googleSoon: 'ورود با گوگل در مسئله ۷ می‌آید.', forgot: 'گذرواژه را فراموش کرده‌اید؟', forgotSoon: 'بازنشانی گذرواژه در مسئله ۷ می‌آید.',
    passwordHint: '۸ تا ۱۲۸ نویسه. عبارت‌های بلند خوب‌اند.', usernameHint: '۳ تا ۳۰ حرف لاتین، رقم یا زیرخط.',
    or: 'یا', googleInvalid: 'ورود با گوگل ناموفق بود. دوباره تلاش کنید.', googleUnavailable: 'ورود با گوگل اکنون در دسترس نیست. بعداً تلاش کنید.',
    googleLinkConflict: 'حسابی با این ایمیل وجود دارد. با گذرواژه وارد شوید؛ پس از تأیید ایمیل، به گوگل پیوند می‌خورد.',
  },
  profile: {
    products: 'محصولات', upvotes: 'رأی‌ها', followers: 'دنبال‌کنندگان', following: 'دنبال‌شونده‌ها', activity: 'فعالیت',
    follow: 'دنبال کردن', unfollow: 'لغو دنبال کردن', joined: 'عضویت از {{date}}', notFound: 'چنین کاربری نیست.', edit: 'ویرایش نمایه',
    upvotesReceived: 'رأی دریافتی', launched: 'عرضه کرد', upvoted: 'رأی داد به', commented: 'دیدگاه گذاشت روی', followed: 'دنبال کرد',
  },
  editProfile: {
    title: 'ویرایش نمایه', displayName: 'نام نمایشی', bio: 'درباره', website: 'وب‌سایت', location: 'مکان', company: 'شرکت',
    jobTitle: 'عنوان شغلی', twitter: 'نشانی توییتر / ایکس', github: 'نشانی گیت‌هاب', linkedin: 'نشانی لینکدین', saved: 'نمایه ذخیره شد.',
    avatar: 'تصویر نمایه',
  },
  form: {
    submitTitle: 'عرضه‌ی محصول', editTitle: 'ویرایش محصول', title: 'عنوان', tagline: 'شعار', description: 'توضیحات (مارک‌داون)',
    websiteUrl: 'وب‌سایت', demoUrl: 'پیوند نسخه نمایشی (اختیاری)', category: 'دسته', chooseCategory: 'یک دسته انتخاب کنید', tags: 'برچسب‌ها',
    tagsHint: 'حداکثر ۵. برای افزودن Enter یا ویرگول بزنید.', launchAt: 'زمان عرضه', preview: 'پیش‌نمایش', write: 'نوشتن',
    saveDraft: 'ذخیره پیش‌نویس', publish: 'انتشار', schedule: 'زمان‌بندی عرضه', update: 'ذخیره تغییرات', archive: 'بایگانی',
    republish: 'انتشار دوباره', unpublish: 'بازگشت به پیش‌نویس', removeTag: 'حذف برچسب {{tag}}', images: 'نشان و گالری',
    tips: 'نکته: شعاری روشن، توضیحی دست‌کم ۲۰ نویسه‌ای و پیوندی که کار کند.',
    fixErrors: 'لطفاً خانه‌های مشخص‌شده را درست کنید.', deleteProduct: 'حذف محصول',
  },
  images: {
    logo: 'نشان', gallery: 'گالری ({{count}}/{{max}})', addImage: 'افزودن تصویر', upload: 'بارگذاری', uploading: 'در حال بارگذاری…',
    alt: 'متن جایگزین', altHint: 'تصویر را برای کسانی که آن را نمی‌بینند شرح دهید.', remove: 'حذف',
    moveEarlier: 'تصویر {{n}} را جلوتر ببر', moveLater: 'تصویر {{n}} را عقب‌تر ببر', galleryFull: 'گالری پر است ({{max}} تصویر).',
    rules: 'JPEG، PNG، WebP یا GIF، حداکثر ۱۰ مگابایت. تصویرها بی‌درنگ ذخیره می‌شوند.', wrongType: 'تصویری از نوع JPEG، PNG، WebP یا GIF انتخاب کنید.',
    tooLarge: 'تصویر بزرگ‌تر از ۱۰ مگابایت است.', failed: 'بارگذاری نشد. دوباره تلاش کنید.',
    afterSave: 'نخست محصول را ذخیره کنید، سپس نشان و تصویرهای گالری را بیفزایید.',
  },
  account: {
    password: 'گذرواژه', currentPassword: 'گذرواژه فعلی', newPassword: 'گذرواژه تازه', changePassword: 'تغییر گذرواژه',
    passwordChanged: 'گذرواژه تغییر کرد. نشست‌های دیگر بسته شدند.', delete: 'حذف حساب',
    deleteHint: 'داده‌های شخصی شما پاک و نوشته‌هایتان بی‌نام می‌شوند. بازگشت‌پذیر نیست.', deleteConfirm: 'حساب‌تان برای همیشه حذف شود؟',
  },
  mine: { title: 'محصولات من', empty: 'هنوز چیزی ثبت نکرده‌اید.', submitFirst: 'اولین محصولتان را ثبت کنید' },
  notifications: {
    title: 'اعلان‌ها', unreadSuffix: 'نخوانده', markAll: 'همه خوانده شد', empty: 'اعلان تازه‌ای ندارید.', unread: '{{count}} نخوانده',
    comment_on_product: '{{actor}} روی {{product}} دیدگاه گذاشت', reply_to_comment: '{{actor}} در {{product}} به شما پاسخ داد',
    new_follower: '{{actor}} شما را دنبال کرد', product_upvoted: '{{actor}} به {{product}} رأی داد',
    followed_maker_launched: '{{actor}} محصول {{product}} را عرضه کرد', mention: '{{actor}} در {{product}} از شما نام برد', someone: 'کسی',
  },
  moderation: {
    queue: 'صف نظارت', log: 'گزارش نظارت', feature: 'ویژه کردن در صفحه اصلی', unfeature: 'برداشتن از ویژه‌ها', hide: 'پنهان کردن', dismiss: 'رد کردن', reason: 'دلیل', note: 'یادداشت',
    empty: 'گزارش بازی نیست.', logEmpty: 'هنوز اقدامی ثبت نشده.', forbidden: 'فقط ناظران این صفحه را می‌بینند.',
    reportedBy: 'گزارش از {{name}}', target: '{{type}} #{{id}}',
    reasons: { spam: 'هرزنامه', offensive: 'توهین‌آمیز', off_topic: 'نامرتبط', other: 'دیگر' },
    account: 'مدیریت حساب', ban: 'مسدود کردن', unban: 'رفع مسدودی', banned: 'مسدود شد', banReason: 'دلیل (اختیاری، در گزارش عمومی نمایش داده می‌شود)',
    grant: 'اعطای نقش {{role}}', revoke: 'لغو نقش {{role}}', granted: 'اعطا شد', revoked: 'لغو شد', roles: { moderator: 'ناظر', admin: 'مدیر' },
  },
  leaderboard: { title: 'برترین‌ها', day: 'روز', week: 'هفته', month: 'ماه', productOfThe: 'محصول {{period}}', empty: 'در این بازه چیزی عرضه نشده.' },
  category: { notFound: 'چنین دسته‌ای نیست.', products: '{{count}} محصول' },
  tag: { title: 'برچسب #{{tag}}' },
  errors: {
    notFoundTitle: 'صفحه پیدا نشد', notFound: 'صفحه‌ای که دنبالش هستید وجود ندارد.', home: 'بازگشت به صفحه اصلی',
    crashTitle: 'چیزی خراب شد', crash: 'خطای پیش‌بینی‌نشده‌ای رخ داد. معمولاً بارگذاری دوباره کمک می‌کند.',
  },
};

export default fa;
