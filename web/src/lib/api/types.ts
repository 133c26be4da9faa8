import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type ProductSummary = Schemas['ProductSummary'];
export type ProductStatus = Schemas['ProductStatus'];
export type Media = Schemas['MediaResponse'];
export type Award = Schemas['AwardResponse'];
// The OpenAPI document marks inherited properties optional; the API always sends them.
export type Product = ProductSummary & Required<Pick<Schemas['ProductResponse'], 'description' | 'descriptionHtml' | 'updatedAt'>> & {
  websiteUrl: string | null;
  demoUrl: string | null;
  launchAt: string | null;
  gallery: Media[];
  awards: Award[];
};
export type Profile = Schemas['ProfileResponse'];
export type Me = Schemas['MeResponse'] & Profile;
/** A profile as moderators see it (GET /admin/users/{username}): banned accounts too, with roles and bannedAt. */
export type ModeratedUser = Schemas['ModeratedUserResponse'] & Profile;
export type UserSummary = Schemas['UserSummary'];
export type FollowEntry = Schemas['FollowResponse'];
export type Category = Schemas['CategoryResponse'];
export type Comment = Schemas['CommentResponse'];
export type Activity = Schemas['ActivityResponse'];
export type Notification = Schemas['NotificationResponse'];
export type QueuedReport = Schemas['QueuedReport'];
export type ModerationLogItem = Schemas['ModerationLogItem'];
export type Leaderboard = Schemas['LeaderboardResponse'];
export type TokenResponse = Omit<Schemas['TokenResponse'], 'user'> & { user: Me };
export type UpvoteResult = Schemas['UpvoteResponse'];
export type Tag = Schemas['TagResponse'];

/** A keyset page: `limit` and `cursor` are common to every list (not in the OpenAPI parameters yet). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
