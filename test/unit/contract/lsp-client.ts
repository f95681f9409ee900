// A minimal Language Server Protocol client over stdio (Content-Length framing, JSON-RPC), enough to drive
// yaml-language-server from a test: requests with ids, notifications, and answers to server requests.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

type Json = Record<string, unknown>;

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners: Array<(method: string, params: Json) => void> = [];
  private readonly answer: (method: string, params: unknown) => unknown;
  stderr = '';

  constructor(command: string, args: string[], answer: (method: string, params: unknown) => unknown) {
    this.answer = answer;
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
  }

  private send(message: Json): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1] ?? NaN);
      if (!Number.isFinite(length) || this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Json;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Json): void {
    const id = message['id'];
    const method = message['method'];
    if (typeof method === 'string' && id !== undefined) {
      this.send({ id, result: this.answer(method, message['params']) ?? null });
    } else if (typeof method === 'string') {
      for (const l of this.listeners) l(method, (message['params'] ?? {}) as Json);
    } else if (typeof id === 'number') {
      const waiter = this.pending.get(id);
      this.pending.delete(id);
      if (message['error'] !== undefined) waiter?.reject(new Error(JSON.stringify(message['error'])));
      else waiter?.resolve(message['result']);
    }
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** Resolves with the first notification of `method` whose params pass `accept`. */
  waitFor(method: string, accept: (params: Json) => boolean): Promise<Json> {
    return new Promise((resolve) => {
      this.listeners.push((m, p) => { if (m === method && accept(p)) resolve(p); });
    });
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.child.kill(), 500).unref();
    }
  }
}
