/** One Server-Sent Event as the stream delivered it. */
export interface SseEvent {
  /** The `event:` field; "message" when the server named none. */
  type: string;
  data: string;
  /** The last `id:` seen on the stream so far (an event without one keeps the previous id). */
  lastEventId: string;
}

/** What a chunk of the stream held: its events, and a `retry:` the server asked for, if any. */
export interface SseChunk {
  events: SseEvent[];
  retryMs?: number;
  /** Comment lines (`: heartbeat`) seen: the connection is alive although nothing happened. */
  comments: number;
}

/**
 * Reads `text/event-stream` as the HTML standard defines it, chunk by chunk: the network cuts
 * the stream anywhere (mid-line, even between `\r` and `\n`), so an unfinished line waits for
 * the next chunk. Needed because EventSource cannot send the Bearer header the API requires.
 */
export class SseParser {
  private buffer = '';
  private type = '';
  private data: string[] = [];
  private hasData = false;
  private lastEventId = '';
  /** A chunk ended on `\r`: a `\n` opening the next one belongs to that line ending. */
  private pendingCr = false;

  constructor(lastEventId = '') {
    this.lastEventId = lastEventId;
  }

  feed(text: string): SseChunk {
    const result: SseChunk = { events: [], comments: 0 };
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = false;
    this.buffer += text;
    let start = 0;
    for (;;) {
      const end = this.buffer.slice(start).search(/[\r\n]/);
      if (end < 0) break;
      const lineEnd = start + end;
      const line = this.buffer.slice(start, lineEnd);
      let next = lineEnd + 1;
      if (this.buffer[lineEnd] === '\r') {
        if (next === this.buffer.length) this.pendingCr = true;
        else if (this.buffer[next] === '\n') next++;
      }
      this.line(line, result);
      start = next;
    }
    this.buffer = this.buffer.slice(start);
    return result;
  }

  private line(line: string, result: SseChunk): void {
    if (line === '') return this.dispatch(result);
    if (line.startsWith(':')) {
      result.comments++;
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.type = value;
        break;
      case 'data':
        this.data.push(value);
        this.hasData = true;
        break;
      case 'id':
        // an id with NUL is ignored, as the standard says
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) result.retryMs = Number(value);
        break;
      default:
      // unknown fields are ignored
    }
  }

  /** A blank line ends an event; one without data is no event (only its id counts). */
  private dispatch(result: SseChunk): void {
    if (this.hasData) {
      result.events.push({ type: this.type || 'message', data: this.data.join('\n'), lastEventId: this.lastEventId });
    }
    this.type = '';
    this.data = [];
    this.hasData = false;
  }
}
