import type { WebhookEvent } from '@mayviet/db';
import { toGlobalId } from '../../graphql/ids.ts';
import { vnd } from '../../graphql/money.ts';
import { attestationPayload, listingPayload } from './payloads.ts';

// What a ping with a topic carries: an example of that topic's payload, every id made up, "test": true.

export type WebhookTopic = Exclude<WebhookEvent, 'PING'>;

const madeUp = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const listing = listingPayload({ id: madeUp(1), name: 'Máy chủ ảo mẫu', slug: 'may-chu-ao-mau', status: 'PUBLISHED', version: 3 });

const attestation = (status: 'VERIFIED' | 'REVOKED' | 'EXPIRED', reason: string | null) =>
  attestationPayload({
    id: madeUp(2),
    status,
    frameworkCode: 'ISO-27001',
    frameworkName: 'ISO/IEC 27001',
    subjectType: 'OFFERING',
    subjectId: madeUp(1),
    subjectName: 'Máy chủ ảo mẫu',
    subjectSlug: 'may-chu-ao-mau',
    validUntil: new Date('2028-12-31T16:59:59.000Z'),
    reason,
  });

const share = { id: toGlobalId('VendorQuoteRequest', madeUp(3)), reference: 'MV-2026-000123' };

const organization = { id: toGlobalId('Organization', madeUp(4)), vendor: { id: toGlobalId('Vendor', madeUp(5)), name: 'Công ty mẫu', slug: 'cong-ty-mau' } };

const offer = (status: 'ACCEPTED' | 'DECLINED') => ({
  id: toGlobalId('Offer', madeUp(6)),
  status,
  monthlyTotal: vnd(4_500_000),
  oneTimeTotal: vnd(0),
  validUntil: '2026-04-30T17:00:00.000Z',
  lines: [{ planId: toGlobalId('Plan', madeUp(7)), quantity: 2, unitPrice: vnd(2_250_000) }],
});

function example(topic: WebhookTopic, at: string): Record<string, unknown> {
  switch (topic) {
    case 'LISTING_APPROVED':
      return { offering: listing, revision: false, reason: null, decidedAt: at };
    case 'LISTING_REJECTED':
      return { offering: { ...listing, status: 'REJECTED' }, revision: false, reason: 'Thiếu thông số cấu hình.', decidedAt: at };
    case 'LISTING_ARCHIVED':
      return { offering: { ...listing, status: 'ARCHIVED' }, reason: 'Dịch vụ đã ngừng cung cấp.', archivedAt: at };
    case 'ATTESTATION_VERIFIED':
      return { attestation: attestation('VERIFIED', null), decidedAt: at };
    case 'ATTESTATION_REFUSED':
      return { attestation: attestation('REVOKED', 'Chứng chỉ đã hết hạn.'), decidedAt: at };
    case 'ATTESTATION_EXPIRED':
      return { attestation: attestation('EXPIRED', null), expiredAt: at };
    case 'ORGANIZATION_SUSPENDED':
      return { organization, reason: 'Vi phạm điều khoản niêm yết.', listingsAffected: 3, at };
    case 'ORGANIZATION_RESTORED':
      return { organization, reason: null, listingsAffected: 3, at };
    case 'QUOTE_REQUESTED':
      return {
        quoteRequest: {
          ...share,
          contactName: 'Nguyễn Thị Lan',
          contactEmail: 'lan.nguyen@example.vn',
          organization: 'Sở Y tế',
          message: 'Cần báo giá trong tuần.',
          monthlySubtotal: vnd(5_000_000),
          oneTimeSubtotal: vnd(0),
          lines: [
            {
              planId: toGlobalId('Plan', madeUp(7)),
              planName: 'Gói 2 vCPU',
              offering: { id: listing.id, name: listing.name, slug: listing.slug },
              unit: 'MONTH',
              unitPrice: vnd(2_500_000),
              quantity: 2,
              monthlyPrice: vnd(2_500_000),
              oneTimePrice: vnd(0),
              monthlyCost: vnd(5_000_000),
              oneTimeCost: vnd(0),
            },
          ],
          createdAt: at,
        },
      };
    case 'QUOTE_REQUEST_UPDATED':
      return { quoteRequest: { ...share, status: 'OFFER_MADE' }, change: 'OFFER_MADE' };
    case 'OFFER_ACCEPTED':
      return { offer: offer('ACCEPTED'), quoteRequest: share };
    case 'OFFER_DECLINED':
      return { offer: offer('DECLINED'), quoteRequest: share };
  }
}

/** The body of a ping: a PING event naming the endpoint, or an example of `topic`. */
export function pingPayload(endpoint: { id: string; url: string }, topic: WebhookTopic | null): { event: WebhookEvent; payload: Record<string, unknown> } {
  const at = new Date().toISOString();
  if (topic === null) return { event: 'PING', payload: { event: 'PING', test: true, endpoint, sentAt: at } };
  return { event: topic, payload: { event: topic, ...example(topic, at), test: true } };
}
