/** How the last action went: said politely when it worked, at once when it did not. */
export function MessageLine({ message }: { message: { tone: 'ok' | 'error'; text: string } }) {
  return (
    <p className={message.tone === 'ok' ? 'confirmation' : 'confirmation confirmation--error'} role={message.tone === 'ok' ? 'status' : 'alert'}>
      {message.text}
    </p>
  );
}
