// How a claim's kind reads in a report for people (terminal and Slack alike).
import type { ClaimKind } from './schema.js';

export const KIND_LABEL: Readonly<Record<ClaimKind, string>> = {
  named_person: 'named person',
  named_organization: 'named organization',
  anonymous: 'anonymous source',
  vague: 'vague attribution',
  document: 'document',
  unattributed: 'publication’s own voice',
};
