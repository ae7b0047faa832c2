// A member's wellbeing settings for the UI: media stay blurred (and videos muted) until revealed.

export interface Preferences {
  /** CSS blur radius for unrevealed media, 0–64 px; 0 still hides media behind the reveal button. */
  mediaBlurPx: number;
  greyscale: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { mediaBlurPx: 24, greyscale: false };
