// Renders docs/referrals.md from the state table and the removal order grounds, so the document
// cannot drift from the rules the service enforces.
import { REMOVAL_ORDER_GROUNDS, type RemovalOrderGround } from './referral.model.ts';
import { REFERRAL_STATES, REFERRAL_TRANSITIONS, STATE_MEANINGS, isTerminal } from './referral-states.ts';

export function renderReferralsDoc(): string {
  const states = REFERRAL_STATES.map((s) => `| \`${s}\` | ${STATE_MEANINGS[s]}${isTerminal(s) ? ' (final)' : ''} |`).join('\n');
  const transitions = REFERRAL_TRANSITIONS.map((t) => `| \`${t.event}\` | ${t.from.map((f) => `\`${f}\``).join(', ')} | \`${t.to}\` | ${t.meaning} |`).join('\n');
  const diagram = REFERRAL_TRANSITIONS.flatMap((t) => t.from.map((f) => `  ${f} --> ${t.to}: ${t.event}`)).join('\n');
  const grounds = (Object.keys(REMOVAL_ORDER_GROUNDS) as RemovalOrderGround[]).map((g) => `| \`${g}\` | ${REMOVAL_ORDER_GROUNDS[g]} |`).join('\n');
  return `# Referrals and removal orders

<!-- Generated from src/modules/referrals/referral-states.ts by \`npm run docs:generate\`; do not edit by hand. -->

A referral sends one item to the platform it is on (or, when the platform is hostile or
unresponsive, to an infrastructure provider behind it: \`POST /referrals/{id}/escalations\`, with
an evidence bundle; see [emerging-platforms.md](emerging-platforms.md)). It is a **voluntary referral** (against
the platform's terms) or a **removal order** (TCO Regulation (EU) 2021/784, legally binding, one
hour to act from receipt).

- Analysts propose (\`POST /referrals\`); a supervisor of the same organisation who did not propose
  it approves (\`POST /referrals/{id}/approve\`, four-eyes: \`FOUR_EYES_REQUIRED\` otherwise). Only
  members of competent authorities propose removal orders, and only their supervisors issue them
  (\`removal_orders:issue\`).
- **Deconfliction**: proposing or approving a referral of an item that another organisation holds
  (the item, its URL, or its cluster) answers \`ITEM_HELD\` without saying who holds it or why, and
  the holder gets a \`hold.conflict\` notification. The check and hold placement take the same
  locks, so a hold placed first always stops a later approval. A hold on a cluster follows it when
  it is merged into another, and the item shows \`held\` before anyone tries; see
  [operations.md](operations.md#deconfliction-at-intake).
- A referral is seen only by the referring organisation; others get \`404\`. Its timeline
  (\`GET /referrals/{id}\`) lists every move with who made it, when, and why.
- When a removal order is sent, \`deadlineAt\` = receipt + 1 hour. The clock pauses while
  clarification is requested or force majeure is declared (Art. 3(7), 3(8)) and resumes with the
  time that was left; it stops when the recipient removes, geo-blocks or rejects. Both sides read
  \`deadlineAt\`, \`remainingSeconds\` and \`overdue\`; an overdue order is notified to both
  organisations once. The platform's side is in [platform-side.md](platform-side.md).
- Removed or geo-blocked content is preserved by the recipient for six months (longer on request:
  \`POST /referrals/{id}/preservation/extensions\`). A complaint the recipient upholds restores the
  content (\`restore\` → \`restored\`, also from \`closed\`); the referring organisation is
  notified of complaints and decisions. See [platform-side.md](platform-side.md). An operation's
  live figures count a restored referral as sent, not as removed.

## States

| state | meaning |
|---|---|
${states}

## Transitions

Any other move answers \`INVALID_STATE_TRANSITION\`.

| event | from | to | meaning |
|---|---|---|---|
${transitions}

\`\`\`mermaid
stateDiagram-v2
  [*] --> proposed: propose
${diagram}
\`\`\`

## Removal orders (Annex I)

A removal order carries the issuing Member State (ISO 3166 code) and authority, a reference number
unique within the organisation, the addressee's contact point, the language, optional additional
information, and one or more Art. 2(7) grounds:

| reason | Art. 2(7): the material… |
|---|---|
${grounds}

The time of issue is the approval time; the URL is the item's canonical URL.
`;
}
