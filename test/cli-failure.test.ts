import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgram, describeFailure, runProgram } from '../src/cli/program.js';

const CARD = '4111 1111 1111 1111';

function failWith(err: unknown): Promise<{ code: number; stderr: string }> {
  const program = createProgram();
  program.command('boom').action(() => {
    throw err;
  });
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  return runProgram(program, ['node', 'custos', 'boom']).then((code) => ({ code, stderr }));
}

describe('unexpected CLI failures', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('does not repeat a JSON parser message that quotes the input', async () => {
    let parseError: unknown;
    try {
      JSON.parse(`{"card": ${CARD}}`);
    } catch (err) {
      parseError = err;
    }
    const { code, stderr } = await failWith(parseError);
    expect(code).toBe(1);
    expect(stderr).toBe('custos: failed: SyntaxError\n');
  });

  it('shows only the kind and code of database driver errors', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (v TEXT CHECK (length(v) < 5))');
    let sqliteError: unknown;
    try {
      db.prepare('INSERT INTO t VALUES (?)').run(CARD);
    } catch (err) {
      sqliteError = err;
    }
    db.close();
    expect(describeFailure(sqliteError)).toBe('SqliteError (SQLITE_CONSTRAINT_CHECK)');
    const pgError = new pg.DatabaseError(`invalid input syntax for type integer: "${CARD}"`, 0, 'error');
    pgError.code = '22P02';
    expect(describeFailure(pgError)).not.toContain('4111');
    expect(describeFailure(pgError)).toBe('DatabaseError (22P02)');
    const login = new pg.DatabaseError('role "nouser" does not exist', 0, 'error');
    login.code = '28000';
    expect(describeFailure(login)).toBe('role "nouser" does not exist');
  });

  it('keeps system errors and our own messages, which carry paths, types and ids only', async () => {
    const enoent = Object.assign(new Error("ENOENT: no such file or directory, open '/x/kek.json'"), { code: 'ENOENT', syscall: 'open' });
    expect(describeFailure(enoent)).toContain('/x/kek.json');
    const { code, stderr } = await failWith(new Error('keys: version 3 is not available'));
    expect(code).toBe(1);
    expect(stderr).toBe('custos: failed: keys: version 3 is not available\n');
  });
});
