/**
 * Child process for the kill -9 test: unlocks a vault and creates records through the service
 * forever, printing "done <username>" to stdout after each write the service reported as committed.
 */
import { createService } from '../../src-main/service/service';

const [dir, passphrase, prefix] = process.argv.slice(2);
if (!dir || !passphrase || !prefix) process.exit(2);
const service = createService({ vaultDir: dir });
const unlocked = await service.call('session.unlock', { username: 'claire', passphrase });
if (!unlocked.ok) {
  process.stderr.write(`${unlocked.error.message}\n`);
  process.exit(1);
}
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const username = `${prefix}-${i}`;
  const r = await service.call('user.add', { username, displayName: `Utilisateur ${i}`, role: 'compliance', passphrase: 'phrase secrète de test' });
  if (!r.ok) {
    process.stderr.write(`${r.error.code}\n`);
    process.exit(1);
  }
  const s = await service.call('settings.update', { autoLockMinutes: i % 400 });
  if (!s.ok) process.exit(1);
  process.stdout.write(`done ${username}\n`);
}
