// A WordPress site of Debian's packages, made for one test run in a scratch folder: MariaDB with a data
// folder of its own, Debian's WordPress copied beside a wp-config.php of its own (Debian's looks for
// /etc/wordpress/config-<host>.php, which a test must not write), served by PHP's built-in server with
// several workers (WordPress's pages call the site itself), installed as a person would through
// wp-admin/install.php. Both servers listen on loopback ports only and stop with stop().
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort, startServer } from './servers.mjs';

export const WORDPRESS = '/usr/share/wordpress';
export const ADMIN = { user: 'editor', password: crypto.randomBytes(12).toString('hex'), email: 'editor@blog.example' };

function wpConfig({ dbPort, dbPassword, url }) {
  const key = () => crypto.randomBytes(32).toString('hex');
  return `<?php
// Written by tests/e2e/engines/wordpress_site.mjs for one test run.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '${dbPassword}' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((name) => `define( '${name}', '${key()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
// PHP's warnings and notices go to wp-content/debug.log, which the test reads for the plugin's.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', true );
define( 'WP_DEBUG_DISPLAY', false );
// Plugins are installed into this folder directly; nothing is fetched from the network.
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

export async function startWordPress() {
  if (!fs.existsSync(path.join(WORDPRESS, 'wp-settings.php'))) {
    throw new Error(`Debian's wordpress is not installed (${WORDPRESS}): run make setup`);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-widget-wordpress-'));
  const servers = [];
  const stop = async () => {
    for (const server of servers.reverse()) await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  };
  try {
    // The database: its own data folder, socket and port; root without a password, on this socket only.
    const data = path.join(work, 'mariadb');
    const socket = path.join(work, 'mariadb.sock');
    const user = os.userInfo().username;
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, `--user=${user}`,
      '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve'], { stdio: 'pipe' });
    const dbPort = await freePort();
    servers.push(await startServer('MariaDB', '/usr/sbin/mariadbd', [ // sbin: not on every user's PATH
      '--no-defaults', `--datadir=${data}`, `--socket=${socket}`,
      `--port=${dbPort}`, '--bind-address=127.0.0.1', `--user=${user}`, `--pid-file=${path.join(work, 'mariadb.pid')}`,
      '--skip-name-resolve', '--innodb-buffer-pool-size=32M', '--skip-log-bin'],
    { port: dbPort, log: path.join(work, 'mariadb.log') }));
    // SQL statements run as root through the socket, in WordPress's database unless told otherwise.
    const sql = (statements, database = 'wordpress') => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`,
      '-u', 'root', '--batch', '--skip-column-names', ...(database ? [database] : []), '-e', statements], { encoding: 'utf8' });
    const dbPassword = crypto.randomBytes(12).toString('hex');
    sql(`CREATE DATABASE wordpress CHARACTER SET utf8mb4;
         CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '${dbPassword}';
         GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';`, null);

    // The site: Debian's WordPress files, its links to Debian's JavaScript libraries kept as links.
    const site = path.join(work, 'site');
    execFileSync('cp', ['-a', WORDPRESS, site]);
    // Debian's relative links (wp-includes/js/underscore.js -> ../../../javascript/…) must still reach
    // Debian's files from the copy: they point at the same files by their full path.
    const links = execFileSync('find', [site, '-type', 'l', '-print0'], { encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const link of links) {
      const target = fs.readlinkSync(link);
      if (path.isAbsolute(target)) continue;
      const original = path.join(WORDPRESS, path.relative(site, link));
      fs.rmSync(link);
      fs.symlinkSync(path.resolve(path.dirname(original), target), link);
    }
    fs.rmSync(path.join(site, 'wp-config.php'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    fs.writeFileSync(path.join(site, 'wp-config.php'), wpConfig({ dbPort, dbPassword, url }));
    servers.push(await startServer('PHP', 'php', ['-S', `127.0.0.1:${port}`, '-t', site,
      '-d', 'upload_max_filesize=16M', '-d', 'post_max_size=16M', '-d', 'memory_limit=256M'],
    { port, log: path.join(work, 'php.log'), cwd: site, env: { PHP_CLI_SERVER_WORKERS: '4' } }));

    // The installation, as the form of wp-admin/install.php sends it.
    const response = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ weblog_title: 'Campaign notes', user_name: ADMIN.user, admin_password: ADMIN.password,
        admin_password2: ADMIN.password, pw_weak: '1', admin_email: ADMIN.email, blog_public: '0', language: '' }),
    });
    const page = await response.text();
    if (!response.ok || !/wp-login\.php/.test(page)) throw new Error(`WordPress did not install:\n${page.slice(0, 2000)}`);
    return {
      url,
      site,
      sql,
      stop,
      debugLog: () => {
        const file = path.join(site, 'wp-content/debug.log');
        return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      },
      phpLog: () => fs.readFileSync(path.join(work, 'php.log'), 'utf8'),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
