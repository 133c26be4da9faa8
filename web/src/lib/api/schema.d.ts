// Generated from the API's /openapi/v1.json by `npm run gen:api-types`. Do not edit.
export interface paths {
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account and sign in
         * @description Answers 201 with tokens. Username: 3–30 of [A-Za-z0-9_], unique ignoring case. Password: 8–128 characters, not a common password, not the username or email.
         */
        post: operations["Register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username or email
         * @description Unknown account and wrong password both answer 401. Limited per IP and per account name (429 with Retry-After).
         */
        post: operations["Login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens
         * @description The refresh token comes from the cookie, or from the body for non-browser clients. It is single use: presenting a used one revokes its whole family.
         */
        post: operations["RefreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revoke the refresh token's family and clear the cookie */
        post: operations["Logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's account */
        get: operations["GetMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; every other session's refresh tokens are revoked */
        post: operations["ChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/google": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in or sign up with a Google ID token
         * @description `credential` is the ID token from Google Identity Services. 201 with tokens when a new account
         *     was created, 200 when an existing one signed in (tokens as for login). 401: the token is invalid
         *     (signature, issuer, audience, expiry, algorithm other than RS256). 403: the account is suspended,
         *     or Google has not verified the email of an identity new to Vitrin. 409: an account with this email
         *     exists but is not linked, and cannot be linked automatically (its email is unconfirmed): sign in
         *     with the password instead. 404: Google sign-in is not configured on this server. 503: Google's
         *     signing keys could not be fetched.
         */
        post: operations["GoogleSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which sign-in methods are enabled
         * @description `google` is true when Google sign-in is configured; `googleClientId` is the OAuth client id the web app passes to Google Identity Services.
         */
        get: operations["GetAuthProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase the signed-in account
         * @description Body {password} when the account has one. Personal data is erased; published products stay under an anonymous name, comments stay without an author, drafts, follows and notifications are deleted. Answers 204.
         */
        delete: operations["DeleteMyAccount"];
        options?: never;
        head?: never;
        /**
         * Edit the signed-in user's public profile
         * @description Send any of displayName (≤ 60), bio (≤ 500), location, company, jobTitle (≤ 100, one line), website, twitter, github, linkedin (absolute http/https URLs ≤ 2048), emailDigest (true or false: the daily email of unread notifications, sent only to confirmed addresses; see GET /auth/me). Absent fields stay as they are; null or an empty string clears one. Any other property (username, email, roles…) is refused with 400.
         */
        patch: operations["UpdateMyProfile"];
        trace?: never;
    };
    "/api/v1/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's public profile with stats
         * @description The username is matched ignoring case. Unknown, erased and banned accounts are 404. viewerFollows is false for anonymous callers and on your own profile.
         */
        get: operations["GetUserProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Products a user made
         * @description Everyone sees the maker's published products, newest published first. The maker themselves also sees drafts, scheduled, archived and moderator-hidden products, newest created first, and may filter with ?status=draft|scheduled|published|archived. For anyone else the filter applies to what they may see, so a status other than published gives an empty page.
         */
        get: operations["ListUserProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/upvotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published products a user upvoted, most recent upvote first */
        get: operations["ListUserUpvotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a user did recently: launched, upvoted, commented, followed
         * @description Newest first. Each item is {type, createdAt, product, comment, user}: launched and upvoted carry product; commented carries product and comment {id, excerpt} (the first 140 characters of the Markdown body, whitespace collapsed); followed carries user (the followed UserSummary). Fields that do not apply are null. Only published, visible products, non-deleted visible comments and visible accounts appear.
         */
        get: operations["ListUserActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Follow a user
         * @description Idempotent: following someone you already follow changes nothing and answers 204. Following yourself is 400; an unknown, erased or banned account is 404.
         */
        put: operations["FollowUser"];
        post?: never;
        /**
         * Stop following a user
         * @description Idempotent: answers 204 whether or not you followed them. Works for banned accounts too, so a follow can always be undone; 404 only when no such account exists.
         */
        delete: operations["UnfollowUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who follows a user, most recent first
         * @description Page of {id, username, displayName, avatarUrl, followedAt}. Erased and banned accounts are left out.
         */
        get: operations["ListFollowers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/following": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom a user follows, most recent first
         * @description Page of {id, username, displayName, avatarUrl, followedAt}. Erased and banned accounts are left out.
         */
        get: operations["ListFollowing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Products from the makers and categories you follow, newest first
         * @description Published, visible products whose maker you follow or whose category you follow (each product once), ordered by publication time.
         */
        get: operations["GetFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tag autocomplete: prefix match, most used first
         * @description q (at most 100 characters) is normalized the way tags are (lower-case slug, accents dropped) and matched as a prefix; a q that normalizes to fewer than 2 characters counts as absent, and then the most used tags come back. Ordered by productCount (published, visible products) descending, then slug. Tags no listed product carries are left out, so tags used only on drafts stay private. limit: 1–50, default 10.
         */
        get: operations["ListTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products published in a day, week or month, by upvotes */
        get: operations["GetLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the signed-in user's avatar
         * @description Multipart form with the image in `file`. JPEG, PNG, WebP or GIF (first frame), recognized by content; at most 10 MB (413 above) and 40 megapixels (400). Re-encoded to WebP without metadata and stored under a generated name. Uploads are rate-limited per user (429 with Retry-After). Stored as a 256 px square (center-cropped). The previous avatar's file is deleted.
         */
        put: operations["PutMyAvatar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Site-wide numbers, trending products and top categories for the home page
         * @description products: published, visible products. users: accounts neither deleted nor banned. categories: all categories. tags: tags at least one listed product carries. trending: the first 5 of the trending list. topCategories: the 5 categories with the most listed products (ties in the category list's order).
         */
        get: operations["GetStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/upvote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upvote a product
         * @description Idempotent: repeating it changes nothing and answers the same. One vote per user (the primary key decides, so
         *     concurrent requests cannot count twice); `upvoteCount` is the count after the change.
         *
         *     Votes from accounts younger than `Spam:NewAccountHours` (default 72 h) count fully in `upvoteCount` but weigh only
         *     `Spam:NewAccountVoteWeight` (default 0.25) in the product's trending score; a vote keeps the weight it was cast with.
         *
         *     Each user may cast `Spam:UpvotesPerDay` (default 200) upvotes, products and comments together, in any 24 hours;
         *     beyond that a new vote is 429 with `Retry-After` (repeating a vote you already cast is not a new vote).
         *
         *     Only listed products (published, not hidden) take votes: a product you cannot see is 404, one you can see that
         *     is not listed (archived, or a draft or hidden product seen by its maker or a moderator) is 409. Upvoting your own
         *     product is 403. The maker gets one unread `product_upvoted` notification per product, however many votes arrive.
         */
        put: operations["UpvoteProduct"];
        post?: never;
        /**
         * Withdraw your upvote from a product
         * @description Idempotent: repeating it changes nothing and answers the same. One vote per user (the primary key decides, so
         *     concurrent requests cannot count twice); `upvoteCount` is the count after the change.
         *
         *     Votes from accounts younger than `Spam:NewAccountHours` (default 72 h) count fully in `upvoteCount` but weigh only
         *     `Spam:NewAccountVoteWeight` (default 0.25) in the product's trending score; a vote keeps the weight it was cast with.
         *
         *     Works on any product you can see (an archived product's votes can still be withdrawn); 404 otherwise.
         *     Answers 200 with `viewerHasUpvoted: false` whether or not you had voted. Not subject to the daily limit.
         */
        delete: operations["RemoveProductUpvote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/upvoters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who upvoted a product, most recent vote first
         * @description Page of UserSummary, keyset-paginated on (vote time, user id). Erased and banned accounts are left out, so a
         *     page can hold fewer people than `upvoteCount`. 404 for a product you cannot see.
         *
         *     Votes from accounts younger than `Spam:NewAccountHours` (default 72 h) count fully in `upvoteCount` but weigh only
         *     `Spam:NewAccountVoteWeight` (default 0.25) in the product's trending score; a vote keeps the weight it was cast with.
         */
        get: operations["ListProductUpvoters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}/upvote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upvote a comment
         * @description Idempotent: repeating it changes nothing and answers the same. One vote per user (the primary key decides, so
         *     concurrent requests cannot count twice); `upvoteCount` is the count after the change.
         *
         *     Every comment vote counts 1 in `upvoteCount`, whatever the voter's age: the new-account weighting
         *     (`Spam:NewAccountHours`, `Spam:NewAccountVoteWeight`) applies to products' trending score only.
         *
         *     Each user may cast `Spam:UpvotesPerDay` (default 200) upvotes, products and comments together, in any 24 hours;
         *     beyond that a new vote is 429 with `Retry-After` (repeating a vote you already cast is not a new vote).
         *
         *     A deleted or hidden comment, or one on a product you cannot see, is 404. Upvoting your own comment is 403.
         */
        put: operations["UpvoteComment"];
        post?: never;
        /**
         * Withdraw your upvote from a comment
         * @description Idempotent: repeating it changes nothing and answers the same. One vote per user (the primary key decides, so
         *     concurrent requests cannot count twice); `upvoteCount` is the count after the change.
         *
         *     Every comment vote counts 1 in `upvoteCount`, whatever the voter's age: the new-account weighting
         *     (`Spam:NewAccountHours`, `Spam:NewAccountVoteWeight`) applies to products' trending score only.
         *
         *     Answers 200 with `viewerHasUpvoted: false` whether or not you had voted. A deleted or hidden comment, or one on a
         *     product you cannot see, is 404. Not subject to the daily limit.
         */
        delete: operations["RemoveCommentUpvote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All categories, in their curated order
         * @description Not paginated. productCount counts published, visible products; viewerFollows is false for anonymous callers.
         */
        get: operations["ListCategories"];
        put?: never;
        /**
         * Create a category (admin)
         * @description Answers 201 with the category and its Location. New categories go after the existing ones. name: 2–60 characters, unique ignoring case. slug: 2–60 of a–z, 0–9 and '-', unique; derived from the name when absent (send one if the name gives no such slug). description: at most 500 characters. icon: at most 40 of a–z, 0–9 and '-' (a lucide icon name). color: #rrggbb. A name or slug that is already taken is a 400 validation problem naming the field (as a taken username is at registration), not a 409.
         */
        post: operations["CreateCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One category by slug */
        get: operations["GetCategory"];
        put?: never;
        post?: never;
        /**
         * Delete a category (admin)
         * @description 409 while any product uses it, whatever the product's status: move or delete those products first. Follows of the category go with it.
         */
        delete: operations["DeleteCategory"];
        options?: never;
        head?: never;
        /**
         * Change a category (admin)
         * @description Absent fields stay as they are; description or icon null clears them. Changing the slug changes the category's URL. name: 2–60 characters, unique ignoring case. slug: 2–60 of a–z, 0–9 and '-', unique; derived from the name when absent (send one if the name gives no such slug). description: at most 500 characters. icon: at most 40 of a–z, 0–9 and '-' (a lucide icon name). color: #rrggbb. A name or slug that is already taken is a 400 validation problem naming the field (as a taken username is at registration), not a 409.
         */
        patch: operations["UpdateCategory"];
        trace?: never;
    };
    "/api/v1/categories/{slug}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Follow a category (its launches appear in your feed)
         * @description Idempotent: following again changes nothing and also answers 204.
         */
        put: operations["FollowCategory"];
        post?: never;
        /**
         * Stop following a category
         * @description Idempotent: answers 204 whether or not you followed it.
         */
        delete: operations["UnfollowCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published products: trending, new or top
         * @description `sort=trending` (default) orders by a stored hot score (log10 votes + publish time / 45000 s) that changes only
         *     when votes change; `new` by publish time; `top` by upvotes, within `period` (day, week, month, year, all; default all).
         *     Filters: `category` (slug), `tag` (slug), `maker` (username), `featured=true`. Keyset pages: for `new`, pages
         *     never repeat or skip a product while others are published. For `trending` and `top`, a product whose votes
         *     change between two page loads can move across the cursor, so it may appear twice or not at all in that walk.
         */
        get: operations["ListProducts"];
        put?: never;
        /** Create a product (draft by default, or published, or scheduled with launchAt) */
        post: operations["CreateProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product by id or slug
         * @description Drafts and scheduled products are visible only to their maker (and moderators); others get 404.
         */
        get: operations["GetProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a product */
        delete: operations["DeleteProduct"];
        options?: never;
        head?: never;
        /**
         * Edit a product or move its status
         * @description Status moves: draft→published|scheduled, scheduled→draft|published, published→archived, archived→published. The slug is stable once published.
         */
        patch: operations["UpdateProduct"];
        trace?: never;
    };
    "/api/v1/products/{id}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count a view (once per viewer per 24 h) */
        post: operations["RecordProductView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the product's logo (owner)
         * @description Multipart form with the image in `file`. JPEG, PNG, WebP or GIF (first frame), recognized by content; at most 10 MB (413 above) and 40 megapixels (400). Re-encoded to WebP without metadata and stored under a generated name. Uploads are rate-limited per user (429 with Retry-After). Sets thumbnailUrl (160 px); the logo itself is kept at up to 512 px for link previews. The previous logo's files are deleted.
         */
        put: operations["PutProductLogo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an image to the product's gallery (owner)
         * @description Multipart form with the image in `file`. JPEG, PNG, WebP or GIF (first frame), recognized by content; at most 10 MB (413 above) and 40 megapixels (400). Re-encoded to WebP without metadata and stored under a generated name. Uploads are rate-limited per user (429 with Retry-After). Optional form field `alt` (≤ 300 characters). At most 8 images per product (a ninth is 400). The image is added last; url is at most 1600 px on its long side, thumbnailUrl 400 px.
         */
        post: operations["AddProductMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an image from the gallery (owner)
         * @description The images after it move up one position; its files are deleted.
         */
        delete: operations["DeleteProductMedia"];
        options?: never;
        head?: never;
        /**
         * Change an image's alt text or position (owner)
         * @description position is 0-based; moving an image shifts the others, so positions stay 0..n-1.
         */
        patch: operations["UpdateProductMedia"];
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search box: up to 5 products, users, categories and tags
         * @description For the search box, called as the user types. products: the first 5 of /search/products by relevance.
         *     users: the first 5 of /search/users. categories: those whose name or slug has a word starting with every
         *     query word, in list order. tags: like /tags, the query's words as a slug prefix, most used first.
         *     Users, categories and tags read the plain words and phrases of `q` and ignore its operators. `q` is 1–200 characters without control characters (else 400 keyed `q`). Words are matched with English
         *     stemming, ignoring case and Latin accents; Persian and Arabic spellings are unified (ي/ی, ك/ک, ZWNJ, tatweel and
         *     diacritics ignored, Persian and Arabic-Indic digits equal ASCII ones). The last word, from 2 characters, also matches as a
         *     prefix of a title, tagline or tag word (the word being typed). A word of 4+ letters that starts no title, tagline or tag word
         *     and appears in no product also matches its closest spellings there (trigram similarity ≥ 0.4, at most 3), so "notin" finds "Notion".
         *     Operators: `"exact phrase"`, `-word` or `-"phrase"` (exclude), `tag:slug`, `category:slug`, `maker:username`
         *     (several tags must all match; several categories or makers, any). A query with nothing to search for (only
         *     punctuation, only exclusions) gives an empty result. Searches run a few at a time per server and wait their turn;
         *     when too many are waiting the answer is 429 with `Retry-After: 1`.
         */
        get: operations["Search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search over published products: relevance, new or top
         * @description Searches title (strongest), tagline, tags and description of published, visible products. `sort=relevance`
         *     (default): the title equals the query (ASCII case ignored) first; then every term in the title; then in
         *     title, tagline or tags; then anywhere (description); ties by upvotes, then newest published, then id.
         *     `new`: newest published first. `top`: most upvoted first. `category` (slug) and `tag` (slug) filter like
         *     the operators. Keyset pages with a signed cursor bound to the search: a cursor from another `q`, filter or
         *     sort is 400. Pages never repeat or skip a product while the data stands still; as in /products?sort=top, a
         *     product whose votes change (or, for relevance, whose matching field changes) between two page loads may
         *     move across the cursor. `q` is 1–200 characters without control characters (else 400 keyed `q`). Words are matched with English
         *     stemming, ignoring case and Latin accents; Persian and Arabic spellings are unified (ي/ی, ك/ک, ZWNJ, tatweel and
         *     diacritics ignored, Persian and Arabic-Indic digits equal ASCII ones). The last word, from 2 characters, also matches as a
         *     prefix of a title, tagline or tag word (the word being typed). A word of 4+ letters that starts no title, tagline or tag word
         *     and appears in no product also matches its closest spellings there (trigram similarity ≥ 0.4, at most 3), so "notin" finds "Notion".
         *     Operators: `"exact phrase"`, `-word` or `-"phrase"` (exclude), `tag:slug`, `category:slug`, `maker:username`
         *     (several tags must all match; several categories or makers, any). A query with nothing to search for (only
         *     punctuation, only exclusions) gives an empty result. Searches run a few at a time per server and wait their turn;
         *     when too many are waiting the answer is 429 with `Retry-After: 1`.
         */
        get: operations["SearchProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users by username or display name
         * @description Every word of `q` (1–200 characters) must occur in the username or display name, ignoring case. The exact
         *     username first, then usernames starting with the first word, then the rest, each by username. Banned and
         *     erased accounts never appear. Keyset pages with a signed cursor bound to `q`. Counted with the other searches:
         *     when too many are waiting, 429 with `Retry-After: 1`.
         */
        get: operations["SearchUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of a product's top-level comments, each with its full reply tree
         * @description `sort` orders siblings at every level: `best` (default) by `(upvotes + 1) / (ageHours + 2)^1.5`, a Hacker News-like
         *     decay that lets a new comment surface above older, better-voted ones; `new` newest first; `old` oldest first. Ties go
         *     to the higher (`best`, `new`) or lower (`old`) id. `limit` and `cursor` page the top-level comments only; replies
         *     always come complete. For `best` the cursor keeps the instant the scores were computed at, so one walk through the
         *     pages ranks consistently; a comment whose votes change between two page loads can still move across the cursor.
         *     A deleted or moderator-hidden comment that still has visible replies stays as a placeholder (`deleted: true`,
         *     `author: null`, empty `body` and `bodyHtml`, `upvoteCount: 0`); without visible replies it is left out. Replies nest
         *     at most 30 levels deep in the JSON (within the default depth limit of common JSON parsers); a deeper reply is listed
         *     beside its deepest shown ancestor, its `parentId` unchanged. 404 when the caller cannot see the product.
         */
        get: operations["ListComments"];
        put?: never;
        /**
         * Comment on a product, or reply to one of its comments
         * @description `body` is 1–5000 characters of Markdown (trimmed; no control characters other than newlines and tabs), rendered
         *     to sanitized `bodyHtml`. `parentId`, when given, must be a comment of the same product that is neither deleted nor
         *     hidden (else 400 on `parentId`). Only published products take comments: 404 when the caller cannot see the product,
         *     400 when they can but it is not published (a draft, scheduled or archived product) or it is hidden. The maker is
         *     notified (`comment_on_product`), the parent's author too (`reply_to_comment`; a maker replied to gets only this
         *     one), and users named as `@username` (`mention`), nobody twice and nobody for their own comment. New accounts
         *     may post a bounded number of comments per hour, and nobody twice within a few seconds: 429 with Retry-After.
         *     The created comment has no replies yet.
         */
        post: operations["CreateComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment (its author, or a moderator)
         * @description A soft delete: the comment leaves the product's `commentCount`, and stays in the thread as a placeholder while it
         *     has visible replies. Deleting an already deleted (or hidden) comment is 404. A moderator deleting someone else's
         *     comment is recorded in the moderation log.
         */
        delete: operations["DeleteComment"];
        options?: never;
        head?: never;
        /**
         * Edit your comment (within 24 hours of posting)
         * @description Only the author edits a comment's text (moderators hide or delete instead): others get 403, as does the author
         *     more than 24 hours after posting. A deleted or hidden comment is 404. The answer has `edited: true` and an empty
         *     `replies` (read the thread with GET). Users newly named as `@username` by the edit are notified.
         */
        patch: operations["UpdateComment"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's notifications, newest first
         * @description `unread=true` lists only unread ones. Notifications about content a moderator hid are left out.
         */
        get: operations["ListNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many notifications are unread */
        get: operations["CountUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark some (`ids`, up to 100) or all (`all: true`) as read */
        post: operations["MarkNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a product, comment or user to the moderators
         * @description Body `{targetType: product|comment|user, targetId, reason: spam|offensive|off_topic|other, note?}`; note: at most
         *     1000 characters, seen only by you and the moderators. Answers 201 with the report and its Location. The target must
         *     exist and be visible to you (404 otherwise: unknown, hidden, deleted, banned, someone else's draft). Reporting
         *     yourself or your own product or comment is 400. One report per person per target: a second one is 409 (the first
         *     stands, whatever became of it). At most `Spam:ReportsPerHour` (default 20) reports per account per hour: 429
         *     with `Retry-After` beyond that.
         */
        post: operations["CreateReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of your reports (moderators: any report)
         * @description Shows its status (open, hidden, dismissed). Someone else's report is 404.
         */
        get: operations["GetReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The moderation queue (mod)
         * @description `status=open` (default) | `hidden` | `dismissed`. Open reports come oldest first (a queue); resolved ones most
         *     recent first. Each item carries the reporter, the resolver and a summary of the target (product title, comment
         *     excerpt, the account behind it, and whether it is already out of public view); `target` is null when the content
         *     no longer exists. Keyset pages; a cursor only works with the status it came from.
         */
        get: operations["ListReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/reports/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide the reported content or dismiss the report (mod)
         * @description Body `{action: hide|dismiss, note?}` (note ≤ 1000 characters). `hide` takes the target out of every public
         *     list, search, feed and count: a product is hidden (and leaves its tags' counts), a comment is hidden (and leaves its
         *     product's commentCount), a user is banned exactly as by PUT /admin/users/{username}/ban (same rules: not
         *     yourself, and only admins ban moderators and admins), and every open report on that target is closed as hidden.
         *     Content that no longer exists needs no hiding: `hide` then just closes the reports. `dismiss` closes this report
         *     only. The log entry's action is `hide` (`ban` for a user) or `dismiss`, its reason the note or else the report's
         *     reason. A report that is already resolved is 409. Every change adds an entry to the public moderation log (GET /moderation-log) in the same transaction; repeating a request that changes nothing adds none.
         */
        post: operations["ResolveReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/products/{id}/unhide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring a hidden product back (mod)
         * @description Undoes a hide: the product returns to lists, feeds and its tags' counts. Unhiding a visible product changes nothing (204). Every change adds an entry to the public moderation log (GET /moderation-log) in the same transaction; repeating a request that changes nothing adds none.
         */
        post: operations["UnhideProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/comments/{id}/unhide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring a hidden comment back (mod)
         * @description Undoes a hide: the comment shows again and counts in its product's commentCount (unless its author deleted it). Every change adds an entry to the public moderation log (GET /moderation-log) in the same transaction; repeating a request that changes nothing adds none.
         */
        post: operations["UnhideComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/feature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Feature a product (admin)
         * @description Sets featured (GET /products?featured=true). Only published, visible products can be featured: anything else is 404. Idempotent. Every change adds an entry to the public moderation log (GET /moderation-log) in the same transaction; repeating a request that changes nothing adds none.
         */
        put: operations["FeatureProduct"];
        post?: never;
        /**
         * Stop featuring a product (admin)
         * @description Idempotent; works whatever the product's state, 404 only when there is no such product. Every change adds an entry to the public moderation log (GET /moderation-log) in the same transaction; repeating a request that changes nothing adds none.
         */
        delete: operations["UnfeatureProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's profile with roles and ban state (mod)
         * @description The public profile (GET /users/{username}, stats and viewerFollows included) plus `roles` ("user", then "admin"
         *     and/or "moderator", as GET /auth/me lists them) and `bannedAt` (when the account was banned, null when it is
         *     not). Unlike the public profile, banned accounts are found, so a moderator can see and lift a ban. The username
         *     is matched ignoring case; unknown and erased accounts are 404. Stats count only what the public lists show.
         *     Anonymous callers get 401, signed-in users without the moderator or admin role 403.
         */
        get: operations["GetModeratedUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{username}/ban": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Ban an account (mod)
         * @description Optional body `{reason?}` (≤ 1000 characters, shown in the public log). The account's access tokens stop
         *     working at once (401), its refresh tokens are revoked, and signing in answers 403 until it is unbanned; its profile
         *     is 404 meanwhile. Banning yourself is 400; a moderator banning a moderator or an admin is 403 (admins may). Unknown
         *     or erased accounts are 404. Idempotent. Every change adds an entry to the public moderation log (GET /moderation-log) in the same transaction; repeating a request that changes nothing adds none.
         */
        put: operations["BanUser"];
        post?: never;
        /**
         * Lift a ban (mod)
         * @description Optional body `{reason?}`. The user can sign in again; access tokens issued before the ban stay dead (TokensValidAfter). Same rules as
         *     banning (not yourself; only admins for moderators and admins). Idempotent. Every change adds an entry to the public moderation log (GET /moderation-log) in the same transaction; repeating a request that changes nothing adds none.
         */
        delete: operations["UnbanUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{username}/roles/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Grant a role (admin)
         * @description role: moderator | admin (anything else is 400). Roles travel in the 15-minute access token, so the new role takes
         *     effect with the user's next token (sign-in or refresh). Idempotent; unknown or erased accounts are 404. The log
         *     entry's reason is the role. Every change adds an entry to the public moderation log (GET /moderation-log) in the same transaction; repeating a request that changes nothing adds none.
         */
        put: operations["GrantRole"];
        post?: never;
        /**
         * Revoke a role (admin)
         * @description role: moderator | admin (anything else is 400). So that no token keeps carrying the role, every access token the
         *     user holds stops working at once (TokensValidAfter is set to now; tokens issued within the last second may
         *     survive): their client refreshes and gets one without it. Removing your own admin role is 400. Idempotent. Every change adds an entry to the public moderation log (GET /moderation-log) in the same transaction; repeating a request that changes nothing adds none.
         */
        delete: operations["RevokeRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public moderation log, newest first
         * @description Every moderator action: hide, unhide, dismiss, delete (a comment), ban, unban, grant_role, revoke_role, feature,
         *     unfeature; with its target (product, comment or user id), the moderator and the reason given. Reporters and
         *     their notes are never shown. Keyset pages.
         */
        get: operations["ListModerationLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a password-reset link
         * @description Always 202 for a well-formed address, whether or not an account has it; the lookup and the email happen in a background job, so the answer's timing is the same too. The link (valid 1 hour, single use) opens /reset-password?token=… in the web app. Limited per IP (429 with Retry-After) and to 3 emails per account per hour.
         */
        post: operations["ForgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset token
         * @description 204 on success: every refresh token and access token of the account stops working, and the email counts as confirmed. An unknown, expired or used token is 400 (errors.token); a weak password is 400 (errors.newPassword) and leaves the token usable.
         */
        post: operations["ResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/confirm-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the account's email address with the emailed token
         * @description 204 on success. An unknown, expired or used token is 400 (errors.token). Tokens are valid 48 hours.
         */
        post: operations["ConfirmEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/confirm-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a new confirmation link to the signed-in user
         * @description 202; nothing is sent when the address is already confirmed.
         */
        post: operations["ResendConfirmationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job system status: counts by state and the recurring jobs (admin) */
        get: operations["GetJobsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/dashboard-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the jobs dashboard (admin)
         * @description Sets a short-lived HttpOnly, SameSite=Strict cookie scoped to /admin/jobs; then navigate to /admin/jobs. Each dashboard request re-checks that the user is still an admin.
         */
        post: operations["OpenJobsDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActivityResponse: {
            type: components["schemas"]["ActivityType"];
            /** Format: date-time */
            createdAt: string;
            product: null | components["schemas"]["ProductSummary"];
            comment: null | components["schemas"]["CommentExcerpt"];
            user: null | components["schemas"]["UserSummary"];
        };
        /** @enum {unknown} */
        ActivityType: "launched" | "upvoted" | "commented" | "followed";
        AuthProvidersResponse: {
            google: boolean;
            googleClientId: null | string;
        };
        /** @enum {unknown} */
        AwardPeriod: "day" | "week" | "month";
        AwardResponse: {
            period: components["schemas"]["AwardPeriod"];
            /** Format: int32 */
            rank: number;
            /** Format: date */
            date: string;
        };
        BanRequest: {
            reason: null | string;
        };
        CategoryRef: {
            /** Format: int64 */
            id: number;
            slug: string;
            name: string;
            icon: string;
            color: string;
        };
        CategoryResponse: {
            /** Format: int64 */
            id: number;
            slug: string;
            name: string;
            description: string;
            icon: string;
            color: string;
            /** Format: int32 */
            productCount: number;
            viewerFollows: boolean;
        };
        ChangePasswordRequest: {
            currentPassword: null | string;
            newPassword: null | string;
        };
        CommentExcerpt: {
            /** Format: int64 */
            id: number;
            excerpt: string;
        };
        CommentResponse: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            productId: number;
            /** Format: int64 */
            parentId: null | number;
            author: null | components["schemas"]["UserSummary"];
            body: string;
            bodyHtml: string;
            /** Format: int32 */
            upvoteCount: number;
            viewerHasUpvoted: boolean;
            edited: boolean;
            deleted: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            replies: components["schemas"]["CommentResponse"][];
        };
        ConfirmEmailRequest: {
            token: null | string;
        };
        CreateCategoryRequest: {
            slug: null | string;
            name: null | string;
            description: null | string;
            icon: null | string;
            color: null | string;
        };
        CreateCommentRequest: {
            body: null | string;
            /** Format: int64 */
            parentId: null | number;
        };
        CreateProductRequest: {
            title: null | string;
            tagline: null | string;
            description: null | string;
            websiteUrl: null | string;
            demoUrl: null | string;
            category: null | string;
            tags: null | string[];
            status: null | components["schemas"]["ProductStatus"];
            /** Format: date-time */
            launchAt: null | string;
        };
        CreateReportRequest: {
            targetType: null | components["schemas"]["ReportTargetType"];
            /** Format: int64 */
            targetId: null | number;
            reason: null | components["schemas"]["ReportReason"];
            note: null | string;
        };
        DeleteAccountRequest: {
            password: null | string;
        };
        FollowResponse: {
            /** Format: int64 */
            id: number;
            username: string;
            displayName: null | string;
            avatarUrl: null | string;
            /** Format: date-time */
            followedAt: string;
        };
        ForgotPasswordRequest: {
            email: null | string;
        };
        GoogleSignInRequest: {
            credential: null | string;
            tokenDelivery: null | components["schemas"]["TokenDelivery"];
        };
        HttpValidationProblemDetails: {
            type?: null | string;
            title?: null | string;
            /** Format: int32 */
            status?: null | number;
            detail?: null | string;
            instance?: null | string;
            errors?: {
                [key: string]: string[];
            };
        };
        /** Format: binary */
        IFormFile: string;
        JobsStatusResponse: {
            /** Format: int64 */
            servers: number;
            /** Format: int64 */
            enqueued: number;
            /** Format: int64 */
            scheduled: number;
            /** Format: int64 */
            processing: number;
            /** Format: int64 */
            succeeded: number;
            /** Format: int64 */
            failed: number;
            /** Format: int64 */
            retries: number;
            recurring: components["schemas"]["RecurringJobStatus"][];
        };
        LeaderboardItem: {
            /** Format: int32 */
            rank: number;
            product: components["schemas"]["ProductSummary"];
        };
        LeaderboardResponse: {
            period: components["schemas"]["AwardPeriod"];
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            items: components["schemas"]["LeaderboardItem"][];
        };
        LoginRequest: {
            login: null | string;
            password: null | string;
            tokenDelivery: null | components["schemas"]["TokenDelivery"];
        };
        MarkReadRequest: {
            ids: null | number[];
            all: null | boolean;
        };
        MediaResponse: {
            /** Format: int64 */
            id: number;
            url: string;
            thumbnailUrl: null | string;
            /** Format: int32 */
            width: number;
            /** Format: int32 */
            height: number;
            alt: string;
            /** Format: int32 */
            position: number;
        };
        MeResponse: {
            email: string;
            emailConfirmed: boolean;
            roles: string[];
            hasPassword: boolean;
            googleLinked: boolean;
            emailDigest?: boolean;
            /** Format: int64 */
            id?: number;
            username?: string;
            displayName?: null | string;
            bio?: null | string;
            avatarUrl?: null | string;
            website?: null | string;
            location?: null | string;
            company?: null | string;
            jobTitle?: null | string;
            twitter?: null | string;
            github?: null | string;
            linkedin?: null | string;
            /** Format: date-time */
            createdAt?: string;
            stats?: components["schemas"]["ProfileStats"];
            viewerFollows?: boolean;
        };
        ModeratedUserResponse: {
            roles: string[];
            /** Format: date-time */
            bannedAt: null | string;
            /** Format: int64 */
            id?: number;
            username?: string;
            displayName?: null | string;
            bio?: null | string;
            avatarUrl?: null | string;
            website?: null | string;
            location?: null | string;
            company?: null | string;
            jobTitle?: null | string;
            twitter?: null | string;
            github?: null | string;
            linkedin?: null | string;
            /** Format: date-time */
            createdAt?: string;
            stats?: components["schemas"]["ProfileStats"];
            viewerFollows?: boolean;
        };
        ModerationLogItem: {
            action: string;
            targetType: components["schemas"]["ReportTargetType"];
            /** Format: int64 */
            targetId: number;
            moderator: components["schemas"]["UserSummary"];
            reason: null | string;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationResponse: {
            /** Format: int64 */
            id: number;
            type: components["schemas"]["NotificationType"];
            read: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int32 */
            count: number;
            actor: null | components["schemas"]["UserSummary"];
            product: null | components["schemas"]["ProductRef"];
            comment: null | components["schemas"]["CommentExcerpt"];
        };
        /** @enum {unknown} */
        NotificationType: "comment_on_product" | "reply_to_comment" | "new_follower" | "product_upvoted" | "followed_maker_launched" | "mention";
        PageOfActivityResponse: {
            items: components["schemas"]["ActivityResponse"][];
            nextCursor: null | string;
        };
        PageOfCommentResponse: {
            items: components["schemas"]["CommentResponse"][];
            nextCursor: null | string;
        };
        PageOfFollowResponse: {
            items: components["schemas"]["FollowResponse"][];
            nextCursor: null | string;
        };
        PageOfModerationLogItem: {
            items: components["schemas"]["ModerationLogItem"][];
            nextCursor: null | string;
        };
        PageOfNotificationResponse: {
            items: components["schemas"]["NotificationResponse"][];
            nextCursor: null | string;
        };
        PageOfProductSummary: {
            items: components["schemas"]["ProductSummary"][];
            nextCursor: null | string;
        };
        PageOfQueuedReport: {
            items: components["schemas"]["QueuedReport"][];
            nextCursor: null | string;
        };
        PageOfUserSummary: {
            items: components["schemas"]["UserSummary"][];
            nextCursor: null | string;
        };
        ProblemDetails: {
            type?: null | string;
            title?: null | string;
            /** Format: int32 */
            status?: null | number;
            detail?: null | string;
            instance?: null | string;
        };
        ProductRef: {
            /** Format: int64 */
            id: number;
            slug: string;
            title: string;
        };
        ProductResponse: {
            description?: string;
            descriptionHtml?: string;
            websiteUrl?: null | string;
            demoUrl?: null | string;
            gallery: components["schemas"]["MediaResponse"][];
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date-time */
            launchAt?: null | string;
            awards?: components["schemas"]["AwardResponse"][];
            /** Format: int64 */
            id?: number;
            slug?: string;
            title?: string;
            tagline?: string;
            thumbnailUrl?: null | string;
            category?: components["schemas"]["CategoryRef"];
            tags?: string[];
            author?: components["schemas"]["UserSummary"];
            status?: components["schemas"]["ProductStatus"];
            featured?: boolean;
            /** Format: int32 */
            upvoteCount?: number;
            /** Format: int32 */
            commentCount?: number;
            /** Format: int64 */
            viewCount?: number;
            viewerHasUpvoted?: boolean;
            /** Format: date-time */
            publishedAt?: null | string;
            /** Format: date-time */
            createdAt?: string;
        };
        /** @enum {unknown} */
        ProductStatus: "draft" | "scheduled" | "published" | "archived";
        ProductSummary: {
            /** Format: int64 */
            id: number;
            slug: string;
            title: string;
            tagline: string;
            thumbnailUrl: null | string;
            category: components["schemas"]["CategoryRef"];
            tags: string[];
            author: components["schemas"]["UserSummary"];
            status: components["schemas"]["ProductStatus"];
            featured: boolean;
            /** Format: int32 */
            upvoteCount: number;
            /** Format: int32 */
            commentCount: number;
            /** Format: int64 */
            viewCount: number;
            viewerHasUpvoted: boolean;
            /** Format: date-time */
            publishedAt: null | string;
            /** Format: date-time */
            createdAt: string;
        };
        ProfileResponse: {
            /** Format: int64 */
            id: number;
            username: string;
            displayName: null | string;
            bio: null | string;
            avatarUrl: null | string;
            website: null | string;
            location: null | string;
            company: null | string;
            jobTitle: null | string;
            twitter: null | string;
            github: null | string;
            linkedin: null | string;
            /** Format: date-time */
            createdAt: string;
            stats: components["schemas"]["ProfileStats"];
            viewerFollows: boolean;
        };
        ProfileStats: {
            /** Format: int32 */
            products: number;
            /** Format: int32 */
            followers: number;
            /** Format: int32 */
            following: number;
            /** Format: int32 */
            upvotesReceived: number;
        };
        QueuedReport: {
            /** Format: int64 */
            id: number;
            targetType: components["schemas"]["ReportTargetType"];
            /** Format: int64 */
            targetId: number;
            reason: components["schemas"]["ReportReason"];
            note: null | string;
            status: components["schemas"]["ReportStatus"];
            reporter: components["schemas"]["UserSummary"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            resolvedAt: null | string;
            resolvedBy: null | components["schemas"]["UserSummary"];
            resolutionNote: null | string;
            target: null | components["schemas"]["ReportTarget"];
        };
        RecurringJobStatus: {
            id: string;
            cron: string;
            /** Format: date-time */
            nextExecution: null | string;
            /** Format: date-time */
            lastExecution: null | string;
            lastJobState: null | string;
        };
        RefreshTokenRequest: {
            refreshToken: null | string;
        };
        RegisterRequest: {
            username: null | string;
            email: null | string;
            password: null | string;
            displayName: null | string;
            tokenDelivery: null | components["schemas"]["TokenDelivery"];
        };
        /** @enum {unknown} */
        ReportReason: "spam" | "offensive" | "off_topic" | "other";
        ReportResponse: {
            /** Format: int64 */
            id: number;
            targetType: components["schemas"]["ReportTargetType"];
            /** Format: int64 */
            targetId: number;
            reason: components["schemas"]["ReportReason"];
            note: null | string;
            status: components["schemas"]["ReportStatus"];
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {unknown} */
        ReportStatus: "open" | "hidden" | "dismissed";
        ReportTarget: {
            title: null | string;
            excerpt: null | string;
            user: null | components["schemas"]["UserSummary"];
            /** Format: int64 */
            productId: null | number;
            hidden: boolean;
        };
        /** @enum {unknown} */
        ReportTargetType: "product" | "comment" | "user";
        ResetPasswordRequest: {
            token: null | string;
            newPassword: null | string;
        };
        /** @enum {unknown} */
        ResolveAction: "hide" | "dismiss" | null;
        ResolveReportRequest: {
            action: null | components["schemas"]["ResolveAction"];
            note: null | string;
        };
        SearchResponse: {
            products: components["schemas"]["ProductSummary"][];
            users: components["schemas"]["UserSummary"][];
            categories: components["schemas"]["CategoryResponse"][];
            tags: components["schemas"]["TagResponse"][];
        };
        StatsResponse: {
            /** Format: int32 */
            products: number;
            /** Format: int32 */
            users: number;
            /** Format: int32 */
            categories: number;
            /** Format: int32 */
            tags: number;
            trending: components["schemas"]["ProductSummary"][];
            topCategories: components["schemas"]["CategoryResponse"][];
        };
        TagResponse: {
            slug: string;
            /** Format: int32 */
            productCount: number;
        };
        /** @enum {unknown} */
        TokenDelivery: "cookie" | "body" | null;
        TokenResponse: {
            accessToken: string;
            tokenType: string;
            /** Format: int32 */
            expiresIn: number;
            user: components["schemas"]["MeResponse"];
            refreshToken: null | string;
        };
        UnreadCountResponse: {
            /** Format: int32 */
            count: number;
        };
        UpdateCategoryRequest: {
            slug: null | string;
            name: null | string;
            description: null | string;
            icon: null | string;
            color: null | string;
        };
        UpdateCommentRequest: {
            body: null | string;
        };
        UpdateMediaRequest: {
            alt: null | string;
            /** Format: int32 */
            position: null | number;
        };
        UpdateProductRequest: {
            title: null | string;
            tagline: null | string;
            description: null | string;
            websiteUrl: null | string;
            demoUrl: null | string;
            category: null | string;
            tags: null | string[];
            status: null | components["schemas"]["ProductStatus"];
            /** Format: date-time */
            launchAt: null | string;
        };
        UpdateProfileRequest: {
            displayName: null | string;
            bio: null | string;
            website: null | string;
            location: null | string;
            company: null | string;
            jobTitle: null | string;
            twitter: null | string;
            github: null | string;
            linkedin: null | string;
            emailDigest?: null | boolean;
        };
        UpvoteResponse: {
            /** Format: int32 */
            upvoteCount: number;
            viewerHasUpvoted: boolean;
        };
        UserSummary: {
            /** Format: int64 */
            id: number;
            username: string;
            displayName: null | string;
            avatarUrl: null | string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    Login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    RefreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["RefreshTokenRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
        };
    };
    Logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["RefreshTokenRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
        };
    };
    ChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GoogleSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoogleSignInRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetAuthProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthProvidersResponse"];
                };
            };
        };
    };
    DeleteMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["DeleteAccountRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    UpdateMyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GetUserProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListUserProducts: {
        parameters: {
            query?: {
                status?: string;
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfProductSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListUserUpvotes: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfProductSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListUserActivity: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfActivityResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    FollowUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnfollowUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListFollowers: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfFollowResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListFollowing: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfFollowResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetFeed: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfProductSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ListTags: {
        parameters: {
            query?: {
                q?: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"][];
                };
            };
        };
    };
    GetLeaderboard: {
        parameters: {
            query?: {
                period?: string;
                date?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardResponse"];
                };
            };
        };
    };
    PutMyAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file?: components["schemas"]["IFormFile"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsResponse"];
                };
            };
        };
    };
    UpvoteProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpvoteResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RemoveProductUpvote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpvoteResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListProductUpvoters: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfUserSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpvoteComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpvoteResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RemoveCommentUpvote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpvoteResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"][];
                };
            };
        };
    };
    CreateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GetCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategoryRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    FollowCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnfollowCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListProducts: {
        parameters: {
            query?: {
                sort?: string;
                period?: string;
                category?: string;
                tag?: string;
                maker?: string;
                featured?: boolean;
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfProductSummary"];
                };
            };
        };
    };
    CreateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GetProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
        };
    };
    DeleteProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UpdateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    RecordProductView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PutProductLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file?: components["schemas"]["IFormFile"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddProductMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file?: components["schemas"]["IFormFile"];
                } & {
                    alt?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteProductMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                mediaId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateProductMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                mediaId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMediaRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Search: {
        parameters: {
            query?: {
                /** @description The query, 1–200 characters: words, "phrases", -exclusions, tag:, category:, maker:. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SearchProducts: {
        parameters: {
            query?: {
                /** @description The query, 1–200 characters: words, "phrases", -exclusions, tag:, category:, maker:. */
                q?: string;
                /** @description relevance (default), new or top. */
                sort?: string;
                /** @description Only products in this category (slug); narrows any category: operators in q. */
                category?: string;
                /** @description Only products with this tag (slug); adds to any tag: operators in q. */
                tag?: string;
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfProductSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SearchUsers: {
        parameters: {
            query?: {
                /** @description 1–200 characters; every word must be in the username or display name. */
                q?: string;
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfUserSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListComments: {
        parameters: {
            query?: {
                sort?: string;
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfCommentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommentRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCommentRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListNotifications: {
        parameters: {
            query?: {
                unread?: boolean;
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfNotificationResponse"];
                };
            };
        };
    };
    CountUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountResponse"];
                };
            };
        };
    };
    MarkNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkReadRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    CreateReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListReports: {
        parameters: {
            query?: {
                status?: string;
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfQueuedReport"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ResolveReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveReportRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnhideProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnhideComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    FeatureProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnfeatureProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetModeratedUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModeratedUserResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    BanUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["BanRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnbanUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["BanRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GrantRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListModerationLog: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 (default 20). */
                limit?: number;
                /** @description The previous page's nextCursor (opaque, signed, bound to the list and its order). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfModerationLogItem"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordRequest"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ConfirmEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmEmailRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ResendConfirmationEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetJobsStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobsStatusResponse"];
                };
            };
        };
    };
    OpenJobsDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
