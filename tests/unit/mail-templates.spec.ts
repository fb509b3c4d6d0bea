import { describe, expect, it } from 'vitest';
import type { MailMessage } from '../../packages/api/src/modules/mail/outbox.ts';
import { renderMail } from '../../packages/api/src/modules/mail/templates.ts';
import { describeSmtpFailure, messageIdOf } from '../../packages/api/src/modules/mail/worker.ts';

// Every template in both languages: a subject, a text and an HTML body with absolute links on the site's
// origin, every value escaped in the HTML; a link that would leave the site is refused.

const hostile = '<img src=x onerror=alert(1)> & "Bé"';
const settings = { siteUrl: 'https://mayviet.example', listenOrigin: 'http://127.0.0.1:4000' };

const messages: MailMessage[] = [
  { template: 'CONFIRM_EMAIL', name: hostile, path: '/account/confirm#c' },
  { template: 'RESET_PASSWORD', name: hostile, path: '/account/reset#r' },
  { template: 'ACCOUNT_EXISTS', name: hostile, signInPath: '/account/sign-in', resetPath: '/account/forgot' },
  { template: 'QUOTE_RECEIPT', name: hostile, reference: hostile, vendorNames: [hostile, 'CMC Cloud'], path: '/requests/q' },
  { template: 'NEW_OFFER', name: hostile, reference: hostile, vendorName: hostile, monthlyTotal: 1_250_000n, oneTimeTotal: 3_000_000n, validUntil: new Date('2026-12-31T16:59:00Z'), path: null },
  { template: 'VENDOR_DECLINED', name: hostile, reference: hostile, vendorName: hostile, reason: hostile, path: '/requests/q' },
  { template: 'OFFER_ACCEPTED', name: hostile, reference: hostile, vendorName: hostile, monthlyTotal: 1_250_000n, oneTimeTotal: 0n, path: '/partners/quotes/1' },
  { template: 'OFFER_DECLINED', name: hostile, reference: hostile, vendorName: hostile, path: '/partners/quotes/1' },
  { template: 'ORGANIZATION_INVITATION', name: hostile, vendorName: hostile, inviterName: hostile, role: 'OWNER', expiresAt: new Date('2026-12-31T16:59:00Z'), path: '/console/invitation#t' },
];

describe('mail templates', () => {
  for (const message of messages) {
    it(`${message.template}: both languages, values escaped, links absolute on SITE_URL`, () => {
      const vi = renderMail(message, 'VI', settings);
      const en = renderMail(message, 'EN', settings);
      expect(vi.subject).not.toBe(en.subject);
      for (const mail of [vi, en]) {
        expect(mail.subject.length).toBeGreaterThan(10);
        expect(mail.textBody).toContain(hostile);
        expect(mail.htmlBody).not.toContain('<img');
        expect(mail.htmlBody).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;Bé&#34;');
        for (const href of mail.htmlBody.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^https:\/\/mayviet\.example\//);
        expect(mail.textBody).not.toContain('127.0.0.1');
      }
    });
  }

  it('writes amounts in đồng and dates in Vietnam time', () => {
    const vi = renderMail(messages[4]!, 'VI', settings).textBody;
    expect(vi).toContain('Hàng tháng: 1.250.000 ₫');
    expect(vi).toContain('Một lần: 3.000.000 ₫');
    expect(vi).toMatch(/31 tháng 12, 2026.*23:59.*\(giờ Việt Nam\)|23:59.*31 tháng 12.*2026.*\(giờ Việt Nam\)/);
  });

  it('uses the origin the server listens on without SITE_URL, and refuses a link that leaves the site', () => {
    const local = renderMail(messages[0]!, 'EN', { siteUrl: null, listenOrigin: 'http://127.0.0.1:4000' });
    expect(local.textBody).toContain('http://127.0.0.1:4000/account/confirm#c');
    for (const path of ['//evil.example/reset', 'https://evil.example/reset', 'javascript:alert(1)']) {
      expect(() => renderMail({ template: 'RESET_PASSWORD', name: 'x', path }, 'EN', settings)).toThrow('a mail link must be a path of the site');
    }
  });

  it('describes SMTP failures in its own words, and gives each row one Message-ID', () => {
    expect(describeSmtpFailure({ responseCode: 550, response: '550 5.1.1 <an@soyte.vn> unknown' })).toBe('SMTP 550: refused');
    expect(describeSmtpFailure({ code: 'ECONNECTION', message: 'connect ECONNREFUSED smtp.secret.host' })).toBe('SMTP server not reached or the exchange broke off (ECONNECTION)');
    expect(messageIdOf('abc', 'Mây Việt <no-reply@mayviet.vn>')).toBe('<abc@mayviet.vn>');
    expect(messageIdOf('abc', 'ops@example.org')).toBe('<abc@example.org>');
  });
});
