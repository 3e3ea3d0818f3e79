// Lines a pasted web page carries around the story itself, and the marks of a photo caption.

/** "By Helen Markham, Environment Correspondent", "By JANE DOE FOR MAILONLINE". */
export const BYLINE = /^B[yY]\s+\p{Lu}/u;

/** Timestamps and links to other stories: "Published 14 August 2026", "Updated: 11:40", "Read more: …". */
export const PAGE_LINE_OPENERS = /^(?:(?:published|updated|last updated|posted|first published)\b|(?:read more|related|see also|more on this story|watch|listen)\s*:)/i;

/** A photo credit or note: "(pictured)", "(file photo)", "Photograph: Getty Images", "REUTERS/Jane Doe". */
export const PHOTO_MARKERS = /\b(?:pictured|file photo|photograph|photo|image|picture|credit)\b|getty images|\breuters\/|\bafp\b|\bap photo\b/i;
