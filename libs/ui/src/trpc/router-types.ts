import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@zhijian/api';
import { type AppName } from '../apps';

export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** The logged-in user as the server describes it (`auth.me`). */
export type Me = NonNullable<RouterOutputs['auth']['me']>;
export type Role = Me['roles'][number];

// The app catalogue in ../apps must name exactly the apps the server can grant.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _AppCatalogueMatchesServer = Assert<Same<AppName, Me['apps'][number]>>;
