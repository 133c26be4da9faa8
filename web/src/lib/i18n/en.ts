const en = {
  app: { name: 'Vitrin', tagline: 'Where makers launch and the community discovers.', skip: 'Skip to content' },
  nav: {
    discover: 'Discover', leaderboard: 'Leaderboard', submit: 'Submit', signIn: 'Sign in', signUp: 'Sign up', signOut: 'Sign out',
    profile: 'Profile', myProducts: 'My products', editProfile: 'Edit profile', notifications: 'Notifications',
    moderation: 'Moderation', modLog: 'Moderation log', menu: 'Account menu', theme: 'Switch theme', dark: 'Dark', light: 'Light',
    language: 'فارسی', languageLabel: 'Switch language',
  },
  common: {
    loading: 'Loading…', loadMore: 'Load more', retry: 'Try again', save: 'Save', cancel: 'Cancel', delete: 'Delete',
    edit: 'Edit', reply: 'Reply', empty: 'Nothing here yet.', error: 'Something went wrong.', by: 'by', views: '{{count}} views',
    comments: '{{count}} comments', upvotes: '{{count}} upvotes', upvote: 'Upvote', upvoted: 'Upvoted', featured: 'Featured',
    new: 'New', back: 'Back', signInToContinue: 'Sign in to continue', confirmDelete: 'Delete this for good?', share: 'Copy link',
    copied: 'Link copied', close: 'Close', previous: 'Previous', next: 'Next', report: 'Report', tryLater: 'Please try again in {{seconds}} s.',
  },
  home: {
    trending: 'Trending', new: 'New', top: 'Top', period: 'Period', all: 'All time', day: 'Today', week: 'This week',
    month: 'This month', year: 'This year', allCategories: 'All', featuredTitle: 'Featured', categories: 'Categories',
    empty: 'No products yet. Be the first to launch one!', following: 'Following',
    followingEmpty: 'Follow makers and categories to see their launches here.',
  },
  search: {
    placeholder: 'Search products, makers, tags…', label: 'Search', products: 'Products', users: 'Makers', categories: 'Categories',
    tags: 'Tags', noResults: 'No results for “{{q}}”.', unavailable: 'Search is not available yet.', title: 'Search results for “{{q}}”',
    seeAll: 'See all results',
  },
  product: {
    visit: 'Visit website', demo: 'View demo', madeBy: 'Made by', tags: 'Tags', stats: 'Stats', category: 'Category',
    notFound: 'This product does not exist, or you cannot see it.', edit: 'Edit product', gallery: 'Gallery',
    imageOf: 'Image {{n}} of {{total}}', launched: 'Launched {{date}}', scheduled: 'Launches {{date}}', noDescription: 'No description yet.',
    upvotesLabel: 'Upvotes', commentsLabel: 'Comments', viewsLabel: 'Views',
    ownProduct: 'You cannot upvote your own product.',
  },
  status: { draft: 'Draft', scheduled: 'Scheduled', published: 'Published', archived: 'Archived' },
  comments: {
    title: 'Discussion', best: 'Best', new: 'Newest', old: 'Oldest', sort: 'Sort comments', placeholder: 'Share your thoughts (Markdown)',
    post: 'Comment', signIn: 'Sign in to join the discussion.', deleted: '[deleted]', edited: 'edited', collapse: 'Collapse thread',
    expand: 'Expand thread ({{count}})', empty: 'No comments yet. Start the discussion!', replyTo: 'Reply to {{name}}',
    reported: 'Reported. Thank you.', body: 'Comment',
  },
  auth: {
    signInTitle: 'Sign in to Vitrin', signUpTitle: 'Join Vitrin', login: 'Username or email', username: 'Username', email: 'Email',
    password: 'Password', displayName: 'Display name (optional)', submitSignIn: 'Sign in', submitSignUp: 'Create account',
    noAccount: 'New here?', haveAccount: 'Already have an account?', google: 'Continue with Google',
    googleSoon: 'Google sign-in arrives with issue 7.', forgot: 'Forgot password?', forgotSoon: 'Password reset arrives with issue 7.',
    passwordHint: '8–128 characters. Long passphrases welcome.', usernameHint: '3–30 letters, digits or underscores.',
    or: 'or', googleInvalid: 'Google sign-in failed. Please try again.', googleUnavailable: 'Google sign-in is unavailable right now. Try again later.',
    googleLinkConflict: 'An account with this email already exists. Sign in with your password; it links to Google once your email is confirmed.',
  },
  profile: {
    products: 'Products', upvotes: 'Upvotes', followers: 'Followers', following: 'Following', activity: 'Activity',
    follow: 'Follow', unfollow: 'Unfollow', joined: 'Joined {{date}}', notFound: 'No such user.', edit: 'Edit profile',
    upvotesReceived: 'upvotes received', launched: 'launched', upvoted: 'upvoted', commented: 'commented on', followed: 'followed',
  },
  editProfile: {
    title: 'Edit profile', displayName: 'Display name', bio: 'Bio', website: 'Website', location: 'Location', company: 'Company',
    jobTitle: 'Job title', twitter: 'Twitter / X URL', github: 'GitHub URL', linkedin: 'LinkedIn URL', saved: 'Profile saved.',
    avatarSoon: 'Avatar upload arrives with issue 7.',
  },
  form: {
    submitTitle: 'Launch a product', editTitle: 'Edit product', title: 'Title', tagline: 'Tagline', description: 'Description (Markdown)',
    websiteUrl: 'Website', demoUrl: 'Demo link (optional)', category: 'Category', chooseCategory: 'Choose a category', tags: 'Tags',
    tagsHint: 'Up to 5. Press Enter or comma to add.', launchAt: 'Launch at', preview: 'Preview', write: 'Write',
    saveDraft: 'Save draft', publish: 'Publish now', schedule: 'Schedule launch', update: 'Save changes', archive: 'Archive',
    republish: 'Publish again', unpublish: 'Back to draft', removeTag: 'Remove tag {{tag}}', images: 'Logo and gallery',
    imagesSoon: 'Image upload arrives with issue 7.', tips: 'Tips: a clear tagline, a description of at least 20 characters and a working link.',
    fixErrors: 'Please fix the highlighted fields.', deleteProduct: 'Delete product',
  },
  account: {
    password: 'Password', currentPassword: 'Current password', newPassword: 'New password', changePassword: 'Change password',
    passwordChanged: 'Password changed. Other sessions are signed out.', delete: 'Delete account',
    deleteHint: 'Your personal data is erased and your posts are anonymized. This cannot be undone.', deleteConfirm: 'Delete your account for good?',
  },
  mine: { title: 'My products', empty: 'You have not submitted anything yet.', submitFirst: 'Submit your first product' },
  notifications: {
    title: 'Notifications', unreadSuffix: 'unread', markAll: 'Mark all as read', empty: 'You are all caught up.', unread: '{{count}} unread',
    comment_on_product: '{{actor}} commented on {{product}}', reply_to_comment: '{{actor}} replied to you on {{product}}',
    new_follower: '{{actor}} followed you', product_upvoted: '{{actor}} upvoted {{product}}',
    followed_maker_launched: '{{actor}} launched {{product}}', mention: '{{actor}} mentioned you on {{product}}', someone: 'Someone',
  },
  moderation: {
    queue: 'Moderation queue', log: 'Moderation log', feature: 'Feature on the home page', unfeature: 'Stop featuring', hide: 'Hide', dismiss: 'Dismiss', reason: 'Reason', note: 'Note',
    empty: 'No open reports.', logEmpty: 'No moderation actions yet.', forbidden: 'Only moderators can see this page.',
    reportedBy: 'Reported by {{name}}', target: '{{type}} #{{id}}',
    reasons: { spam: 'Spam', offensive: 'Offensive', off_topic: 'Off topic', other: 'Other' },
    account: 'Account moderation', ban: 'Ban', unban: 'Unban', banned: 'Banned', banReason: 'Reason (optional, shown in the public log)',
    grant: 'Grant {{role}}', revoke: 'Revoke {{role}}', granted: 'granted', revoked: 'revoked', roles: { moderator: 'Moderator', admin: 'Admin' },
  },
  leaderboard: { title: 'Leaderboard', day: 'Day', week: 'Week', month: 'Month', productOfThe: 'Product of the {{period}}', empty: 'Nothing launched in this period.' },
  category: { notFound: 'No such category.', products: '{{count}} products' },
  tag: { title: 'Tagged #{{tag}}' },
  errors: {
    notFoundTitle: 'Page not found', notFound: 'The page you are looking for does not exist.', home: 'Back to the home page',
    crashTitle: 'Something broke', crash: 'An unexpected error happened. Reloading usually helps.',
  },
};

export default en;
export type Messages = typeof en;
