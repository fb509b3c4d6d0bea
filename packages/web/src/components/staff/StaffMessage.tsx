import { useEffect, useRef } from 'react';

export interface Message {
  tone: 'ok' | 'error';
  text: string;
}

/**
 * What the last action did, above the list it changed. It takes the focus: the item acted on may just
 * have left the list, and the keyboard should not fall back to the top of the page.
 */
export function StaffMessage({ message }: { message: Message | null }) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) line.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <p
      ref={line}
      tabIndex={-1}
      className={message.tone === 'ok' ? 'confirmation staff-message' : 'confirmation confirmation--error staff-message'}
      role={message.tone === 'ok' ? 'status' : 'alert'}
    >
      {message.text}
    </p>
  );
}
