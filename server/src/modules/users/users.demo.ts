import { hashPassword } from '../auth/passwords';
import type { Services } from '../../services';
import { Role } from './user.entity';

export const DEMO_PASSWORD = 'matchday-demo';

const DEMO_USERS = [
  { email: 'fan@matchday.local', name: 'Alex Fan', role: Role.FAN },
  { email: 'sam.supporter@matchday.local', name: 'Sam Supporter', role: Role.FAN },
  { email: 'jo.season@matchday.local', name: 'Jo Seasonticket', role: Role.FAN },
  { email: 'volunteer@matchday.local', name: 'Vic Volunteer', role: Role.VOLUNTEER },
];

export async function seedDemoUsers(services: Services): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) await services.users.create({ ...user, passwordHash });
}
