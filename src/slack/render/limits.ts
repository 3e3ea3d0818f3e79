// Slack's published limits for the blocks this app sends, as zod schemas. Every payload the renderer makes
// is checked against them in tests, so a report that Slack would refuse fails here first.
import { z } from 'zod';

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  messageText: 40_000,
  // Slack refuses messages whose blocks hold too much text in total (`msg_blocks_too_long`, seen near
  // 13,000 characters); 12,000 keeps a margin.
  messageBlockText: 12_000,
  viewTitle: 24,
  privateMetadata: 3000,
  inputMaxLength: 3000,
  inputLabel: 2000,
} as const;

const text = (max: number) => z.string().min(1).max(max);
const plainText = (max: number) => z.strictObject({ type: z.literal('plain_text'), text: text(max), emoji: z.boolean().optional() });
const mrkdwn = (max: number) => z.strictObject({ type: z.literal('mrkdwn'), text: text(max) });
const anyText = (max: number) => z.union([plainText(max), mrkdwn(max)]);
const blockId = z.string().max(LIMITS.blockId).optional();

export const ButtonSchema = z.strictObject({
  type: z.literal('button'),
  text: plainText(LIMITS.buttonText),
  action_id: z.string().min(1).max(LIMITS.actionId),
  value: z.string().max(LIMITS.buttonValue).optional(),
  style: z.enum(['primary', 'danger']).optional(),
});

const HeaderBlock = z.strictObject({ type: z.literal('header'), block_id: blockId, text: plainText(LIMITS.headerText) });
const DividerBlock = z.strictObject({ type: z.literal('divider'), block_id: blockId });
const SectionBlock = z
  .strictObject({
    type: z.literal('section'),
    block_id: blockId,
    text: anyText(LIMITS.sectionText).optional(),
    fields: z.array(anyText(LIMITS.fieldText)).min(1).max(LIMITS.sectionFields).optional(),
    accessory: ButtonSchema.optional(),
  })
  .refine((b) => b.text !== undefined || b.fields !== undefined, 'a section needs text or fields');
const ContextBlock = z.strictObject({
  type: z.literal('context'),
  block_id: blockId,
  elements: z.array(anyText(LIMITS.sectionText)).min(1).max(LIMITS.contextElements),
});
const ActionsBlock = z.strictObject({
  type: z.literal('actions'),
  block_id: blockId,
  elements: z.array(ButtonSchema).min(1).max(LIMITS.actionsElements),
});
const InputBlock = z.strictObject({
  type: z.literal('input'),
  block_id: blockId,
  label: plainText(LIMITS.inputLabel),
  hint: plainText(LIMITS.inputLabel).optional(),
  optional: z.boolean().optional(),
  element: z.strictObject({
    type: z.literal('plain_text_input'),
    action_id: z.string().min(1).max(LIMITS.actionId),
    multiline: z.boolean().optional(),
    min_length: z.number().int().min(0).max(LIMITS.inputMaxLength).optional(),
    max_length: z.number().int().min(1).max(LIMITS.inputMaxLength).optional(),
    placeholder: plainText(150).optional(),
  }),
});

export const MessageBlockSchema = z.union([HeaderBlock, DividerBlock, SectionBlock, ContextBlock, ActionsBlock]);
export type MessageBlock = z.infer<typeof MessageBlockSchema>;

/** All the text a block shows, for the per-message total. */
export function blockText(block: MessageBlock): number {
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section':
      return (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    case 'context':
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    case 'actions':
      return block.elements.reduce((n, e) => n + e.text.text.length, 0);
    case 'divider':
      return 0;
  }
}

/** A message as sent with chat.postMessage or a response_url: blocks plus the plain `text` fallback. */
export const SlackMessageSchema = z
  .strictObject({
    text: text(LIMITS.messageText),
    blocks: z.array(MessageBlockSchema).min(1).max(LIMITS.messageBlocks),
  })
  .refine((m) => m.blocks.reduce((n, b) => n + blockText(b), 0) <= LIMITS.messageBlockText, {
    message: `the blocks of one message may hold at most ${LIMITS.messageBlockText} characters of text`,
  });
export type SlackMessage = z.infer<typeof SlackMessageSchema>;

const viewBlocks = z.array(z.union([MessageBlockSchema, InputBlock])).min(1).max(LIMITS.viewBlocks);

export const ModalViewSchema = z.strictObject({
  type: z.literal('modal'),
  callback_id: z.string().min(1).max(255),
  title: plainText(LIMITS.viewTitle),
  submit: plainText(LIMITS.viewTitle),
  close: plainText(LIMITS.viewTitle),
  private_metadata: z.string().max(LIMITS.privateMetadata),
  blocks: viewBlocks,
});
export type ModalView = z.infer<typeof ModalViewSchema>;

export const HomeViewSchema = z.strictObject({ type: z.literal('home'), blocks: viewBlocks });
export type HomeView = z.infer<typeof HomeViewSchema>;
