import { describe, expect, it } from 'vitest';
import { SseParser } from '../src/live/sse';

describe('SseParser', () => {
  it('reads an event named by its type with its id and data', () => {
    const chunk = new SseParser().feed('id:0-15.1-41\nevent:appointment.booked\ndata:{"appointmentId":"a-1"}\n\n');

    expect(chunk.events).toEqual([{ type: 'appointment.booked', data: '{"appointmentId":"a-1"}', lastEventId: '0-15.1-41' }]);
  });

  it('keeps a line cut by the network until its end arrives', () => {
    const parser = new SseParser();

    expect(parser.feed('id:7\nev').events).toEqual([]);
    expect(parser.feed('ent:ready\nda').events).toEqual([]);
    expect(parser.feed('ta:{}\n').events).toEqual([]);
    expect(parser.feed('\n').events).toEqual([{ type: 'ready', data: '{}', lastEventId: '7' }]);
  });

  it('treats CRLF cut between CR and LF as one line ending, not an empty line', () => {
    const parser = new SseParser();

    expect(parser.feed('data:one\r').events).toEqual([]);
    expect(parser.feed('\ndata:two\r\n\r\n').events).toEqual([{ type: 'message', data: 'one\ntwo', lastEventId: '' }]);
  });

  it('joins multi-line data with line feeds and strips one space after the colon', () => {
    const chunk = new SseParser().feed('data: first\ndata:  second\ndata\n\n');

    expect(chunk.events[0].data).toBe('first\n second\n');
  });

  it('counts comments (heartbeats) without making events of them', () => {
    const chunk = new SseParser().feed(': heartbeat\n\n:another\n\n');

    expect(chunk).toEqual({ events: [], comments: 2 });
  });

  it('carries the last id to later events without one, and ignores an event without data', () => {
    const parser = new SseParser('start-id');

    expect(parser.feed('event:reload\ndata:{"reason":"too-far-behind"}\n\n').events[0].lastEventId).toBe('start-id');
    expect(parser.feed('id:0-20\n\n').events).toEqual([]);
    expect(parser.feed('data:x\n\n').events[0].lastEventId).toBe('0-20');
  });

  it('reads retry only as a whole number of milliseconds', () => {
    const parser = new SseParser();

    expect(parser.feed('retry:2500\n').retryMs).toBe(2500);
    expect(parser.feed('retry:soon\n').retryMs).toBeUndefined();
  });

  it('ignores unknown fields and a line without a colon that names none', () => {
    const chunk = new SseParser().feed('foo:bar\nevent:ready\nnonsense\ndata:{}\n\n');

    expect(chunk.events).toEqual([{ type: 'ready', data: '{}', lastEventId: '' }]);
  });
});
