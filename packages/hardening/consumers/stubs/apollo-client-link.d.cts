// Apollo Client 4.3's own declaration files fail `skipLibCheck: false` with exactOptionalPropertyTypes (its
// incremental handlers) and under node16 (@wry/caches imports without extensions), with or without errnorm. These
// fixtures check errnorm's declarations, so the one Apollo type errnorm's `apollo` entry names is stubbed here;
// examples/integrations type-checks errnormLink against the real Apollo types.
export declare class ApolloLink {
  concat(...links: ApolloLink[]): ApolloLink;
}
