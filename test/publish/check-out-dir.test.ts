import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config';
import { EXIT, UsageError } from '../../src/errors';
import * as msg from '../../src/messages';
import { checkOutDir, outDirProblem } from '../../src/publish/check-out-dir';

const tmp = mkdtempSync(join(tmpdir(), 'ssc-outdir-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ctx = { dataDir: 'data', root: ROOT, cwd: ROOT };

describe('outDirProblem', () => {
  it('accepts an absent, an empty folder, and a previous build whose manifest lists every file', () => {
    expect(outDirProblem('out-that-does-not-exist', ctx)).toBeNull();
    expect(outDirProblem(join(tmp, 'a', 'b'), ctx)).toBeNull();
    mkdirSync(join(tmp, 'empty', 'charts'), { recursive: true });
    expect(outDirProblem(join(tmp, 'empty'), ctx)).toBeNull();
    const build = join(tmp, 'build');
    mkdirSync(join(build, 'charts'), { recursive: true });
    writeFileSync(join(build, 'report.html'), 'x');
    writeFileSync(join(build, 'charts', 'a.svg'), 'x');
    const manifest = { generator: 'ssc-report 0.1.0', outputs: { 'report.html': 's', 'charts/a.svg': 's' } };
    writeFileSync(join(build, 'manifest.json'), JSON.stringify(manifest));
    expect(outDirProblem(build, ctx)).toBeNull();
    writeFileSync(join(build, 'notes.txt'), 'mine');
    expect(outDirProblem(build, ctx)).toBe('it holds notes.txt, not part of the previous build (not in its manifest.json)');
  });

  it('refuses the project, anything above it, its folders, the data folder and anything inside those', () => {
    const cases: [string, string][] = [
      ['', 'an empty path names no folder'],
      ['  ', 'an empty path names no folder'],
      ['.', 'it is the working directory'],
      ['./', 'it is the working directory'],
      [ROOT, 'it is the working directory'],
      ['src', "it is the project's src/ folder"],
      ['src/', "it is the project's src/ folder"],
      ['templates', "it is the project's templates/ folder"],
      ['test', "it is the project's test/ folder"],
      ['scripts', "it is the project's scripts/ folder"],
      ['node_modules', "it is the project's node_modules/ folder"],
      ['.git', "it is the project's .git/ folder"],
      ['src/charts', "it is inside the project's src/ folder"],
      ['data/new-out', "it is inside the project's data/ folder"],
    ];
    for (const [out, why] of cases) expect(outDirProblem(out, ctx), out).toBe(why);
    expect(outDirProblem('..', ctx)).toMatch(/^it holds the working directory/);
    expect(outDirProblem('/', ctx)).toMatch(/^it holds the working directory/);
    expect(outDirProblem('test', { ...ctx, dataDir: 'test/fixtures/small' })).toBe("it is the project's test/ folder");
    const data = join(tmp, 'elsewhere', 'data');
    mkdirSync(data, { recursive: true });
    expect(outDirProblem(data, { ...ctx, dataDir: data })).toBe(`it is the data folder (--data ${data})`);
    expect(outDirProblem(join(tmp, 'elsewhere'), { ...ctx, dataDir: data })).toBe(`it holds the data folder (--data ${data}) (${data})`);
  });

  it('refuses a file, a symbolic link, and a folder with anything but a previous build', () => {
    writeFileSync(join(tmp, 'file'), 'x');
    expect(outDirProblem(join(tmp, 'file'), ctx)).toBe('it is a file, not a folder');
    symlinkSync(join(ROOT, 'src'), join(tmp, 'link-to-src'));
    expect(outDirProblem(join(tmp, 'link-to-src'), ctx)).toBe("it is the project's src/ folder");
    mkdirSync(join(tmp, 'target'));
    symlinkSync(join(tmp, 'target'), join(tmp, 'link'));
    expect(outDirProblem(join(tmp, 'link'), ctx)).toBe('it is a symbolic link; give the folder it points to');
    mkdirSync(join(tmp, 'photos'));
    writeFileSync(join(tmp, 'photos', 'a.jpg'), 'x');
    expect(outDirProblem(join(tmp, 'photos'), ctx)).toBe('it is not empty and holds no manifest.json of a previous build of this program');
    writeFileSync(join(tmp, 'photos', 'manifest.json'), JSON.stringify({ generator: 'other-tool 1', outputs: { 'a.jpg': '' } }));
    expect(outDirProblem(join(tmp, 'photos'), ctx)).toBe('it is not empty and holds no manifest.json of a previous build of this program');
  });
});

describe('checkOutDir', () => {
  it('throws a usage error (exit 2) that names the path and why', () => {
    let error: unknown;
    try {
      checkOutDir('src', ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(EXIT.usage);
    expect((error as UsageError).message).toBe(msg.unsafeOutput('src', "it is the project's src/ folder"));
    expect((error as UsageError).message).toContain('--out "src"');
  });
});
