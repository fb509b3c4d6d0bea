// What each mail says, apart from the outbox (outbox.ts) and the templates (templates.ts) that both need it.

/** What each mail says; `path` is a site path the mail links to. */
export type MailMessage =
  | { template: 'CONFIRM_EMAIL'; name: string; path: string }
  | { template: 'RESET_PASSWORD'; name: string; path: string }
  | { template: 'ACCOUNT_EXISTS'; name: string; signInPath: string; resetPath: string }
  | { template: 'QUOTE_RECEIPT'; name: string; reference: string; vendorNames: string[]; path: string }
  | { template: 'NEW_OFFER'; name: string; reference: string; vendorName: string; monthlyTotal: bigint; oneTimeTotal: bigint; validUntil: Date; path: string | null }
  | { template: 'VENDOR_DECLINED'; name: string; reference: string; vendorName: string; reason: string | null; path: string | null }
  | { template: 'OFFER_ACCEPTED'; name: string; reference: string; vendorName: string; monthlyTotal: bigint; oneTimeTotal: bigint; path: string }
  | { template: 'OFFER_DECLINED'; name: string; reference: string; vendorName: string; path: string }
  | { template: 'ORGANIZATION_INVITATION'; name: string; vendorName: string; inviterName: string; role: 'OWNER' | 'MEMBER'; expiresAt: Date; path: string };

export type MailTemplate = MailMessage['template'];
