import DataLoader from 'dataloader';
import type { User } from './user.entity';
import type { UsersService } from './users.service';

export function createUserLoaders(users: UsersService) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => {
      const rows = await users.findManyByIds(ids);
      const byId = new Map(rows.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
