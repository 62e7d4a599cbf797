import { plan } from '../../scripts/system-packages.cjs';

// What `npm start` / `npm test` do on a machine that lacks redis-server or chromium.
const debian = { platform: 'linux', distribution: 'debian', hasAptGet: true, isRoot: false, canSudo: false, chromiumPathSet: false };

describe('system packages the two README commands need', () => {
  it('installs with apt-get as root, and through sudo -n when sudo needs no password', () => {
    expect(plan(['redis-server', 'chromium'], { ...debian, isRoot: true }, 'npm test')).toEqual({ apt: [], packages: ['redis-server', 'chromium'] });
    expect(plan(['redis-server'], { ...debian, canSudo: true }, 'npm start')).toEqual({ apt: ['sudo', '-n'], packages: ['redis-server'] });
  });

  it("installs Ubuntu's chromium-browser package there", () => {
    expect(plan(['chromium'], { ...debian, distribution: 'ubuntu', isRoot: true }, 'npm test')).toEqual({ apt: [], packages: ['chromium-browser'] });
  });

  it('says what to install when it may not install', () => {
    expect(plan(['redis-server', 'chromium'], debian, 'npm test')).toEqual({
      message: 'npm test needs redis-server and chromium: install them with "sudo apt-get install -y redis-server chromium", then run it again.',
    });
    expect(plan(['redis-server'], debian, 'npm start', 'or set REDIS_URL to a Redis 6.2+ server')).toEqual({
      message: 'npm start needs redis-server: install it with "sudo apt-get install -y redis-server", then run it again (or set REDIS_URL to a Redis 6.2+ server).',
    });
  });

  it('gives macOS its Homebrew commands and other systems their package manager', () => {
    const mac = { ...debian, platform: 'darwin', distribution: '', hasAptGet: false };
    expect(plan(['redis-server'], mac, 'npm start').message).toBe('npm start needs redis-server: install it with "brew install redis", then run it again.');
    expect(plan(['chromium'], mac, 'npm test').message).toContain('"brew install --cask chromium" (then set CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium)');
    expect(plan(['redis-server'], { ...mac, platform: 'freebsd' }, 'npm test').message).toBe(
      "npm test needs redis-server: install it with your system's package manager, then run it again.",
    );
  });

  it('never installs over a CHROMIUM_PATH that points nowhere', () => {
    expect(plan(['chromium'], { ...debian, isRoot: true, chromiumPathSet: true }, 'npm test').message).toBe(
      'npm test needs chromium: CHROMIUM_PATH is set but is not an executable; point it at chromium or unset it.',
    );
  });
});
