// Generated from the OpenAPI document by `npm run docs:generate`; do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and is fully migrated */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            database: {
                                engine: string;
                                latencyMs: number;
                            };
                        };
                    };
                };
                /** @description Error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member: {
                                id: number;
                                organisationId: number;
                                email: string;
                                displayName: string;
                                roles: string[];
                                disabled: boolean;
                                createdAt: string;
                            } | null;
                            apiKey: {
                                id: number;
                                name: string;
                            } | null;
                            organisation: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                kind: "authority" | "ngo" | "platform";
                                competentAuthority: boolean;
                                country: string | null;
                                createdAt: string;
                            };
                            roles: string[];
                            permissions: string[];
                            /** @description Send as X-CSRF-Token with every cookie-authenticated change */
                            csrfToken: string | null;
                            expiresAt: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling: member or API key, organisation, permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member: {
                                id: number;
                                organisationId: number;
                                email: string;
                                displayName: string;
                                roles: string[];
                                disabled: boolean;
                                createdAt: string;
                            } | null;
                            apiKey: {
                                id: number;
                                name: string;
                            } | null;
                            organisation: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                kind: "authority" | "ngo" | "platform";
                                competentAuthority: boolean;
                                country: string | null;
                                createdAt: string;
                            };
                            roles: string[];
                            permissions: string[];
                            /** @description Send as X-CSRF-Token with every cookie-authenticated change */
                            csrfToken: string | null;
                            expiresAt: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's API keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiKeys: {
                                id: number;
                                name: string;
                                /** @description The public start of the key, to recognise it; the secret is never shown again */
                                prefix: string;
                                scopes: string[];
                                createdBy: number | null;
                                createdAt: string;
                                expiresAt: string | null;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the key is shown in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description read, write, or permission names such as hashes:lookup */
                        scopes: string[];
                        /** Format: date-time */
                        expiresAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiKey: {
                                id: number;
                                name: string;
                                /** @description The public start of the key, to recognise it; the secret is never shown again */
                                prefix: string;
                                scopes: string[];
                                createdBy: number | null;
                                createdAt: string;
                                expiresAt: string | null;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            };
                            key: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            kind: "authority" | "ngo" | "platform";
                            competentAuthority: boolean;
                            country: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation directory: every organisation's number, name, kind and country (never its members), searched by part of the name or by number, sorted by name */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the name (case-insensitive), or an organisation number */
                    q?: string;
                    kind?: "authority" | "ngo" | "platform";
                    /** @description Only these organisation numbers, comma-separated (to name organisations known by number) */
                    ids?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisations: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                kind: "authority" | "ngo" | "platform";
                                country: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            members: {
                                id: number;
                                organisationId: number;
                                email: string;
                                displayName: string;
                                roles: string[];
                                disabled: boolean;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a member to the organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        displayName: string;
                        /** @description Roles: admin, coordinator, analyst, supervisor, liaison, auditor */
                        roles: string[];
                        /** @description Initial password, at least 12 characters */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            organisationId: number;
                            email: string;
                            displayName: string;
                            roles: string[];
                            disabled: boolean;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            organisationId: number;
                            email: string;
                            displayName: string;
                            roles: string[];
                            disabled: boolean;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a member's name or roles, or disable them (their sessions end) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** @description Roles: admin, coordinator, analyst, supervisor, liaison, auditor */
                        roles?: string[];
                        disabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            organisationId: number;
                            email: string;
                            displayName: string;
                            roles: string[];
                            disabled: boolean;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/members/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the signed-in member's password */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's audit events, oldest first, paged by seq */
        get: {
            parameters: {
                query?: {
                    /** @description Events at or after this time */
                    from?: string;
                    /** @description Events before this time */
                    to?: string;
                    action?: string;
                    targetType?: string;
                    targetId?: string;
                    /** @description Return events after this seq (from nextAfter) */
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                seq: number;
                                occurredAt: string;
                                organisationId: number | null;
                                actor: {
                                    type: string;
                                    id: number | null;
                                    label: string;
                                };
                                action: string;
                                target: {
                                    type: string;
                                    id: string | null;
                                };
                                summary: unknown;
                                requestId: string | null;
                                hash: string;
                                prevHash: string;
                            }[];
                            nextAfter: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the organisation's audit events as JSON lines or CSV */
        get: {
            parameters: {
                query?: {
                    /** @description Events at or after this time */
                    from?: string;
                    /** @description Events before this time */
                    to?: string;
                    action?: string;
                    targetType?: string;
                    targetId?: string;
                    format?: "jsonl" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/x-ndjson or text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the hash chain of the whole audit trail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checked: number;
                            headSeq: number;
                            firstBreak?: {
                                seq: number;
                                reason: string;
                                detail: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** First start only: create the first organisation and its admin with the set-up token printed by `vigil serve` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        organisation: {
                            name: string;
                            /** @enum {string} */
                            kind: "authority" | "ngo" | "platform";
                            competentAuthority?: boolean;
                            country?: string;
                        };
                        admin: {
                            /** Format: email */
                            email: string;
                            displayName: string;
                            password: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisation: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                kind: "authority" | "ngo" | "platform";
                                competentAuthority: boolean;
                                country: string | null;
                                createdAt: string;
                            };
                            admin: {
                                id: number;
                                organisationId: number;
                                email: string;
                                displayName: string;
                                roles: string[];
                                disabled: boolean;
                                createdAt: string;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/banks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Banks the organisation owns or that are shared with it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            description: string;
                            enabled: boolean;
                            /** @description HMA compatibility: 1 when enabled, 0 when disabled */
                            matching_enabled_ratio: number;
                            is_negative: boolean;
                            pdq_threshold: number | null;
                            owner_organisation_id: number;
                            /** @enum {string} */
                            access: "owner" | "contribute" | "read";
                            created_at: string;
                        }[];
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a bank */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string;
                        enabled?: boolean;
                        is_negative?: boolean;
                        pdq_threshold?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            description: string;
                            enabled: boolean;
                            /** @description HMA compatibility: 1 when enabled, 0 when disabled */
                            matching_enabled_ratio: number;
                            is_negative: boolean;
                            pdq_threshold: number | null;
                            owner_organisation_id: number;
                            /** @enum {string} */
                            access: "owner" | "contribute" | "read";
                            created_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/bank/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bank */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            description: string;
                            enabled: boolean;
                            /** @description HMA compatibility: 1 when enabled, 0 when disabled */
                            matching_enabled_ratio: number;
                            is_negative: boolean;
                            pdq_threshold: number | null;
                            owner_organisation_id: number;
                            /** @enum {string} */
                            access: "owner" | "contribute" | "read";
                            created_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Rename, enable or disable a bank, make it negative, or set its PDQ threshold */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                        enabled?: boolean;
                        matching_enabled_ratio?: number;
                        is_negative?: boolean;
                        pdq_threshold?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            description: string;
                            enabled: boolean;
                            /** @description HMA compatibility: 1 when enabled, 0 when disabled */
                            matching_enabled_ratio: number;
                            is_negative: boolean;
                            pdq_threshold: number | null;
                            owner_organisation_id: number;
                            /** @enum {string} */
                            access: "owner" | "contribute" | "read";
                            created_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a bank and its entries */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/bank/{name}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations a bank is shared with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisation_id: number;
                            /** @enum {string} */
                            access: "read" | "contribute";
                            created_at: string;
                        }[];
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/bank/{name}/shares/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Share a bank with an organisation to read or contribute, or stop sharing (access "none") */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    organisationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        access: "read" | "contribute" | "none";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/bank/{name}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bank's entries, paged by id */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contents: {
                                id: number;
                                bank_name: string;
                                note: string;
                                category: string | null;
                                tags: string[];
                                metadata: {
                                    [key: string]: unknown;
                                };
                                source: string | null;
                                source_id: string | null;
                                enabled: boolean;
                                disabled_until: string | null;
                                quarantined: boolean;
                                quarantine_reason: string | null;
                                signals: {
                                    id: number;
                                    signal_type: string;
                                    value: string;
                                    quality: number | null;
                                }[];
                                created_at: string;
                            }[];
                            next_after: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/bank/{name}/signal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an entry with one or more signals (HMA: {"pdq": "<hex>"} or Vigil: {"signals": [...]}) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        signals: {
                            signal_type: string;
                            value: string;
                            quality?: number;
                        }[];
                        note?: string;
                        category?: string;
                        tags?: string[];
                        metadata?: {
                            [key: string]: unknown;
                        };
                    } | {
                        [key: string]: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            bank_name: string;
                            note: string;
                            category: string | null;
                            tags: string[];
                            metadata: {
                                [key: string]: unknown;
                            };
                            source: string | null;
                            source_id: string | null;
                            enabled: boolean;
                            disabled_until: string | null;
                            quarantined: boolean;
                            quarantine_reason: string | null;
                            signals: {
                                id: number;
                                signal_type: string;
                                value: string;
                                quality: number | null;
                            }[];
                            created_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/bank/{name}/content/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bank entry */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            bank_name: string;
                            note: string;
                            category: string | null;
                            tags: string[];
                            metadata: {
                                [key: string]: unknown;
                            };
                            source: string | null;
                            source_id: string | null;
                            enabled: boolean;
                            disabled_until: string | null;
                            quarantined: boolean;
                            quarantine_reason: string | null;
                            signals: {
                                id: number;
                                signal_type: string;
                                value: string;
                                quality: number | null;
                            }[];
                            created_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Change an entry: note, tags, enable or disable (optionally until a time), release from quarantine */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        tags?: string[];
                        category?: string | null;
                        enabled?: boolean;
                        disabled_until?: string | null;
                        release_quarantine?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            bank_name: string;
                            note: string;
                            category: string | null;
                            tags: string[];
                            metadata: {
                                [key: string]: unknown;
                            };
                            source: string | null;
                            source_id: string | null;
                            enabled: boolean;
                            disabled_until: string | null;
                            quarantined: boolean;
                            quarantine_reason: string | null;
                            signals: {
                                id: number;
                                signal_type: string;
                                value: string;
                                quality: number | null;
                            }[];
                            created_at: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete an entry */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/bank/{name}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a file into a bank (multipart field "file"; threatexchange-csv, local or vigil-jsonl): good rows are kept, bad rows reported by line */
        post: {
            parameters: {
                query?: {
                    format?: "threatexchange-csv" | "local" | "vigil-jsonl";
                };
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The last line read */
                            lines: number;
                            /** @description Entries added (or replaced, for a source id the bank already holds) */
                            imported: number;
                            /** @description Bad rows, skipped */
                            rejected: number;
                            /** @description Entries removed by tombstones (vigil-jsonl rows with deleted: true) */
                            tombstones: number;
                            /** @description The bad rows by line (the first 10,000) */
                            errors: {
                                line: number;
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/c/bank/{name}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a bank as a file: threatexchange-csv, local or vigil-jsonl (every field, for a lossless copy) */
        get: {
            parameters: {
                query?: {
                    format?: "threatexchange-csv" | "local" | "vigil-jsonl";
                    /** @description python-threatexchange writes md5 as video_md5 and sha256 as video_sha256, for HMA */
                    signal_type_names?: "vigil" | "python-threatexchange";
                };
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv, text/plain or application/jsonl */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/h/hash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hash media fetched from an allow-listed URL */
        get: {
            parameters: {
                query: {
                    url: string;
                    /** @description Comma-separated signal types (default pdq,vpdq,md5,sha256) */
                    signals?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description signal type → value, e.g. {"pdq": "<64 hex>", "md5": "<32 hex>"} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Hash an uploaded image or video (multipart field "file") */
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated signal types (default pdq,vpdq,md5,sha256) */
                    signals?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description signal type → value, e.g. {"pdq": "<64 hex>", "md5": "<32 hex>"} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platforms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform registry, filtered by category, cooperation status, or part of a name or domain */
        get: {
            parameters: {
                query?: {
                    category?: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                    cooperationStatus?: "cooperative" | "unresponsive" | "hostile";
                    /** @description Part of a name or a domain */
                    q?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            platforms: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                                contactPoint: string | null;
                                /** @enum {string} */
                                deliveryChannel: "portal" | "webhook" | "api_polling" | "email";
                                contactEmail: string | null;
                                language: string | null;
                                tcoLegalRepresentative: string | null;
                                /** @enum {string} */
                                cooperationStatus: "cooperative" | "unresponsive" | "hostile";
                                operatorOrganisationId: number | null;
                                notes: string;
                                domains: string[];
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a platform to the registry, optionally with its domains */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                        /** @description How to reach the platform's trust and safety team */
                        contactPoint?: string | null;
                        /**
                         * @description How referrals reach the platform (default email)
                         * @enum {string}
                         */
                        deliveryChannel?: "portal" | "webhook" | "api_polling" | "email";
                        contactEmail?: string | null;
                        /** @description BCP 47 tag of the language referrals are written in */
                        language?: string | null;
                        /** @description Legal representative in the EU under the TCO Regulation */
                        tcoLegalRepresentative?: string | null;
                        /**
                         * @description Default cooperative
                         * @enum {string}
                         */
                        cooperationStatus?: "cooperative" | "unresponsive" | "hostile";
                        /** @description The platform organisation that operates it in Vigil */
                        operatorOrganisationId?: number | null;
                        notes?: string;
                        domains?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                            contactPoint: string | null;
                            /** @enum {string} */
                            deliveryChannel: "portal" | "webhook" | "api_polling" | "email";
                            contactEmail: string | null;
                            language: string | null;
                            tcoLegalRepresentative: string | null;
                            /** @enum {string} */
                            cooperationStatus: "cooperative" | "unresponsive" | "hostile";
                            operatorOrganisationId: number | null;
                            notes: string;
                            domains: string[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platforms/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Canonicalise a URL and find the platform it leads to (null when no registered domain matches) */
        get: {
            parameters: {
                query: {
                    url: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The canonical URL */
                            url: string;
                            host: string;
                            registrableDomain: string | null;
                            /** @description The registered domain or host that matched */
                            matchedDomain: string | null;
                            platform: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                                contactPoint: string | null;
                                /** @enum {string} */
                                deliveryChannel: "portal" | "webhook" | "api_polling" | "email";
                                contactEmail: string | null;
                                language: string | null;
                                tcoLegalRepresentative: string | null;
                                /** @enum {string} */
                                cooperationStatus: "cooperative" | "unresponsive" | "hostile";
                                operatorOrganisationId: number | null;
                                notes: string;
                                domains: string[];
                                createdAt: string;
                                updatedAt: string;
                            } | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platforms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One platform */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                            contactPoint: string | null;
                            /** @enum {string} */
                            deliveryChannel: "portal" | "webhook" | "api_polling" | "email";
                            contactEmail: string | null;
                            language: string | null;
                            tcoLegalRepresentative: string | null;
                            /** @enum {string} */
                            cooperationStatus: "cooperative" | "unresponsive" | "hostile";
                            operatorOrganisationId: number | null;
                            notes: string;
                            domains: string[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a platform's details, cooperation status or operating organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        category?: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                        /** @description How to reach the platform's trust and safety team */
                        contactPoint?: string | null;
                        /**
                         * @description How referrals reach the platform (default email)
                         * @enum {string}
                         */
                        deliveryChannel?: "portal" | "webhook" | "api_polling" | "email";
                        contactEmail?: string | null;
                        /** @description BCP 47 tag of the language referrals are written in */
                        language?: string | null;
                        /** @description Legal representative in the EU under the TCO Regulation */
                        tcoLegalRepresentative?: string | null;
                        /**
                         * @description Default cooperative
                         * @enum {string}
                         */
                        cooperationStatus?: "cooperative" | "unresponsive" | "hostile";
                        /** @description The platform organisation that operates it in Vigil */
                        operatorOrganisationId?: number | null;
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                            contactPoint: string | null;
                            /** @enum {string} */
                            deliveryChannel: "portal" | "webhook" | "api_polling" | "email";
                            contactEmail: string | null;
                            language: string | null;
                            tcoLegalRepresentative: string | null;
                            /** @enum {string} */
                            cooperationStatus: "cooperative" | "unresponsive" | "hostile";
                            operatorOrganisationId: number | null;
                            notes: string;
                            domains: string[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/platforms/{id}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a domain (or a full host) for a platform; a domain belongs to at most one platform */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A registrable domain (example.org), a full host for sites under a shared domain (someone.blogspot.com), an IP address, or a URL to take the host from */
                        domain: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                            contactPoint: string | null;
                            /** @enum {string} */
                            deliveryChannel: "portal" | "webhook" | "api_polling" | "email";
                            contactEmail: string | null;
                            language: string | null;
                            tcoLegalRepresentative: string | null;
                            /** @enum {string} */
                            cooperationStatus: "cooperative" | "unresponsive" | "hostile";
                            operatorOrganisationId: number | null;
                            notes: string;
                            domains: string[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platforms/{id}/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a domain from a platform */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    domain: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                            contactPoint: string | null;
                            /** @enum {string} */
                            deliveryChannel: "portal" | "webhook" | "api_polling" | "email";
                            contactEmail: string | null;
                            language: string | null;
                            tcoLegalRepresentative: string | null;
                            /** @enum {string} */
                            cooperationStatus: "cooperative" | "unresponsive" | "hostile";
                            operatorOrganisationId: number | null;
                            notes: string;
                            domains: string[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/infrastructure-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hosting companies, CDNs, registrars and DNS providers */
        get: {
            parameters: {
                query?: {
                    kind?: "hosting" | "cdn" | "registrar" | "dns" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providers: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                kind: "hosting" | "cdn" | "registrar" | "dns" | "other";
                                contactEmail: string | null;
                                abuseUrl: string | null;
                                operatorOrganisationId: number | null;
                                notes: string;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an infrastructure provider */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "hosting" | "cdn" | "registrar" | "dns" | "other";
                        contactEmail?: string | null;
                        /** @description Where abuse reports go */
                        abuseUrl?: string | null;
                        /** @description The platform organisation that operates the provider in Vigil: its liaisons receive and answer referrals addressed to it */
                        operatorOrganisationId?: number | null;
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            kind: "hosting" | "cdn" | "registrar" | "dns" | "other";
                            contactEmail: string | null;
                            abuseUrl: string | null;
                            operatorOrganisationId: number | null;
                            notes: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/infrastructure-providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One infrastructure provider */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            kind: "hosting" | "cdn" | "registrar" | "dns" | "other";
                            contactEmail: string | null;
                            abuseUrl: string | null;
                            operatorOrganisationId: number | null;
                            notes: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an infrastructure provider and its links to platforms */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an infrastructure provider's details */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "hosting" | "cdn" | "registrar" | "dns" | "other";
                        contactEmail?: string | null;
                        /** @description Where abuse reports go */
                        abuseUrl?: string | null;
                        /** @description The platform organisation that operates the provider in Vigil: its liaisons receive and answer referrals addressed to it */
                        operatorOrganisationId?: number | null;
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            kind: "hosting" | "cdn" | "registrar" | "dns" | "other";
                            contactEmail: string | null;
                            abuseUrl: string | null;
                            operatorOrganisationId: number | null;
                            notes: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/platforms/{id}/infrastructure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The infrastructure providers behind a platform */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            infrastructure: {
                                provider: {
                                    id: number;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "hosting" | "cdn" | "registrar" | "dns" | "other";
                                    contactEmail: string | null;
                                    abuseUrl: string | null;
                                    operatorOrganisationId: number | null;
                                    notes: string;
                                    createdAt: string;
                                    updatedAt: string;
                                };
                                /** @enum {string} */
                                role: "hosting" | "cdn" | "registrar" | "dns" | "other";
                                linkedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platforms/{id}/infrastructure/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Link a provider to a platform in a role, or change the role */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    providerId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "hosting" | "cdn" | "registrar" | "dns" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            infrastructure: {
                                provider: {
                                    id: number;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "hosting" | "cdn" | "registrar" | "dns" | "other";
                                    contactEmail: string | null;
                                    abuseUrl: string | null;
                                    operatorOrganisationId: number | null;
                                    notes: string;
                                    createdAt: string;
                                    updatedAt: string;
                                };
                                /** @enum {string} */
                                role: "hosting" | "cdn" | "registrar" | "dns" | "other";
                                linkedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Unlink a provider from a platform */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    providerId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operations the organisation takes part in */
        get: {
            parameters: {
                query?: {
                    status?: "planned" | "live" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            operations: {
                                id: number;
                                coordinatingOrganisationId: number;
                                name: string;
                                description: string;
                                startsAt: string;
                                endsAt: string;
                                /** @enum {string} */
                                status: "planned" | "live" | "closed";
                                scope: {
                                    groups?: string[];
                                    languages?: string[];
                                    notes?: string;
                                };
                                participants: number[];
                                openedAt: string | null;
                                closedAt: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an operation (48 hours from now unless a window is given) and invite organisations */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string;
                        /** Format: date-time */
                        startsAt?: string;
                        /** Format: date-time */
                        endsAt?: string;
                        scope?: {
                            groups?: string[];
                            languages?: string[];
                            notes?: string;
                        };
                        participants?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            coordinatingOrganisationId: number;
                            name: string;
                            description: string;
                            startsAt: string;
                            endsAt: string;
                            /** @enum {string} */
                            status: "planned" | "live" | "closed";
                            scope: {
                                groups?: string[];
                                languages?: string[];
                                notes?: string;
                            };
                            participants: number[];
                            openedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One operation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            coordinatingOrganisationId: number;
                            name: string;
                            description: string;
                            startsAt: string;
                            endsAt: string;
                            /** @enum {string} */
                            status: "planned" | "live" | "closed";
                            scope: {
                                groups?: string[];
                                languages?: string[];
                                notes?: string;
                            };
                            participants: number[];
                            openedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an operation's name, description, window or scope */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                        /** Format: date-time */
                        startsAt?: string;
                        /** Format: date-time */
                        endsAt?: string;
                        scope?: {
                            groups?: string[];
                            languages?: string[];
                            notes?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            coordinatingOrganisationId: number;
                            name: string;
                            description: string;
                            startsAt: string;
                            endsAt: string;
                            /** @enum {string} */
                            status: "planned" | "live" | "closed";
                            scope: {
                                groups?: string[];
                                languages?: string[];
                                notes?: string;
                            };
                            participants: number[];
                            openedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/operations/{id}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live figures: items, clusters, platforms, languages, groups, per-platform counts, new (unregistered) domains, items per hour */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            operationId: number;
                            /** @enum {string} */
                            status: "planned" | "live" | "closed";
                            at: string;
                            items: number;
                            clusters: number;
                            platforms: number;
                            organisations: number;
                            languages: {
                                language: string;
                                items: number;
                            }[];
                            groups: {
                                group: string;
                                items: number;
                            }[];
                            perPlatform: {
                                platformId: number | null;
                                domain: string;
                                items: number;
                            }[];
                            newDomains: {
                                domain: string;
                                items: number;
                                firstSeen: string;
                            }[];
                            itemsOverTime: {
                                hour: string;
                                items: number;
                            }[];
                            referrals: {
                                byState: {
                                    [key: string]: number;
                                };
                                sent: number;
                                /** @description Referrals whose content was removed and not restored since */
                                removed: number;
                                /** @description Referrals whose content was removed, then restored after an upheld complaint: sent, but not removed */
                                restored: number;
                                /** @description removed / sent */
                                removalRate: number | null;
                                medianSecondsToRemoval: number | null;
                                perPlatform: {
                                    platformId: number;
                                    referrals: number;
                                    answered: number;
                                    removed: number;
                                    medianHoursToFirstAnswer: number | null;
                                    medianHoursToRemoval: number | null;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The operation report ("N items in L languages on P platforms; R % removed") as JSON, CSV (per-platform table) or a printable HTML page */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv" | "html";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON report, text/csv or text/html */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open (live) or close an operation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "live" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            coordinatingOrganisationId: number;
                            name: string;
                            description: string;
                            startsAt: string;
                            endsAt: string;
                            /** @enum {string} */
                            status: "planned" | "live" | "closed";
                            scope: {
                                groups?: string[];
                                languages?: string[];
                                notes?: string;
                            };
                            participants: number[];
                            openedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite organisations */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        organisationIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            coordinatingOrganisationId: number;
                            name: string;
                            description: string;
                            startsAt: string;
                            endsAt: string;
                            /** @enum {string} */
                            status: "planned" | "live" | "closed";
                            scope: {
                                groups?: string[];
                                languages?: string[];
                                notes?: string;
                            };
                            participants: number[];
                            openedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{id}/participants/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a participating organisation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    organisationId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            coordinatingOrganisationId: number;
                            name: string;
                            description: string;
                            startsAt: string;
                            endsAt: string;
                            /** @enum {string} */
                            status: "planned" | "live" | "closed";
                            scope: {
                                groups?: string[];
                                languages?: string[];
                                notes?: string;
                            };
                            participants: number[];
                            openedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit many items from a CSV file (header: url,language,group,category,tier,legal_basis,text,page_text,notes,captured_at) or JSON lines; bad rows are reported by line, good rows kept */
        post: {
            parameters: {
                query?: {
                    operationId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: number;
                            created: number;
                            duplicates: number;
                            rejected: number;
                            errors: {
                                /** @description Line of the file (the CSV header is line 1) */
                                line: number;
                                /** @description The column or property at fault, when one is */
                                field: string | null;
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's items, paged by id */
        get: {
            parameters: {
                query?: {
                    operationId?: number;
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                operationId: number | null;
                                /** @description Canonical URL */
                                url: string;
                                submittedUrl: string;
                                host: string;
                                registrableDomain: string | null;
                                platformId: number | null;
                                language: string | null;
                                groupName: string | null;
                                category: string | null;
                                tier: ("threat_to_life" | "crisis" | "designated_group_propaganda" | "promotional") | null;
                                legalBasis: string | null;
                                text: string | null;
                                /** @description The text of the page at capture */
                                pageText: string | null;
                                notes: string;
                                /** @enum {string} */
                                status: "new" | "assessed" | "dismissed";
                                capturedAt: string | null;
                                clusterId: number | null;
                                /** @description Deconfliction: an active hold covers the item (by the item, its URL or its cluster); another organisation's hold means a referral answers ITEM_HELD */
                                held: boolean;
                                /** @description another_organisation when any other organisation holds it (never which), else own_organisation when only the caller's organisation does (see GET /holds); null when not held */
                                heldBy: ("own_organisation" | "another_organisation") | null;
                                signals: {
                                    signalType: string;
                                    value: string;
                                    quality: number | null;
                                }[];
                                media: {
                                    id: number;
                                    sha256: string;
                                    byteSize: number;
                                    contentType: string;
                                    format: string | null;
                                    filename: string | null;
                                }[];
                                createdAt: string;
                            }[];
                            nextAfter: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Submit an item (JSON); the same URL in the same operation returns the existing item */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url: string;
                        operationId?: number;
                        language?: string;
                        groupName?: string;
                        category?: string;
                        /** @enum {string} */
                        tier?: "threat_to_life" | "crisis" | "designated_group_propaganda" | "promotional";
                        legalBasis?: string;
                        text?: string;
                        /** @description The text of the page at capture, apart from the item's own text; links in it are counted (emerging platforms) */
                        pageText?: string;
                        notes?: string;
                        /** Format: date-time */
                        capturedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            item: {
                                id: number;
                                operationId: number | null;
                                /** @description Canonical URL */
                                url: string;
                                submittedUrl: string;
                                host: string;
                                registrableDomain: string | null;
                                platformId: number | null;
                                language: string | null;
                                groupName: string | null;
                                category: string | null;
                                tier: ("threat_to_life" | "crisis" | "designated_group_propaganda" | "promotional") | null;
                                legalBasis: string | null;
                                text: string | null;
                                /** @description The text of the page at capture */
                                pageText: string | null;
                                notes: string;
                                /** @enum {string} */
                                status: "new" | "assessed" | "dismissed";
                                capturedAt: string | null;
                                clusterId: number | null;
                                /** @description Deconfliction: an active hold covers the item (by the item, its URL or its cluster); another organisation's hold means a referral answers ITEM_HELD */
                                held: boolean;
                                /** @description another_organisation when any other organisation holds it (never which), else own_organisation when only the caller's organisation does (see GET /holds); null when not held */
                                heldBy: ("own_organisation" | "another_organisation") | null;
                                signals: {
                                    signalType: string;
                                    value: string;
                                    quality: number | null;
                                }[];
                                media: {
                                    id: number;
                                    sha256: string;
                                    byteSize: number;
                                    contentType: string;
                                    format: string | null;
                                    filename: string | null;
                                }[];
                                createdAt: string;
                            };
                            /** @description false when the URL was already in the operation: the existing item is returned */
                            created: boolean;
                            unregisteredDomain: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            item: {
                                id: number;
                                operationId: number | null;
                                /** @description Canonical URL */
                                url: string;
                                submittedUrl: string;
                                host: string;
                                registrableDomain: string | null;
                                platformId: number | null;
                                language: string | null;
                                groupName: string | null;
                                category: string | null;
                                tier: ("threat_to_life" | "crisis" | "designated_group_propaganda" | "promotional") | null;
                                legalBasis: string | null;
                                text: string | null;
                                /** @description The text of the page at capture */
                                pageText: string | null;
                                notes: string;
                                /** @enum {string} */
                                status: "new" | "assessed" | "dismissed";
                                capturedAt: string | null;
                                clusterId: number | null;
                                /** @description Deconfliction: an active hold covers the item (by the item, its URL or its cluster); another organisation's hold means a referral answers ITEM_HELD */
                                held: boolean;
                                /** @description another_organisation when any other organisation holds it (never which), else own_organisation when only the caller's organisation does (see GET /holds); null when not held */
                                heldBy: ("own_organisation" | "another_organisation") | null;
                                signals: {
                                    signalType: string;
                                    value: string;
                                    quality: number | null;
                                }[];
                                media: {
                                    id: number;
                                    sha256: string;
                                    byteSize: number;
                                    contentType: string;
                                    format: string | null;
                                    filename: string | null;
                                }[];
                                createdAt: string;
                            };
                            /** @description false when the URL was already in the operation: the existing item is returned */
                            created: boolean;
                            unregisteredDomain: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an item with a media file (multipart: the item fields, then "file"); media is stored and hashed at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            item: {
                                id: number;
                                operationId: number | null;
                                /** @description Canonical URL */
                                url: string;
                                submittedUrl: string;
                                host: string;
                                registrableDomain: string | null;
                                platformId: number | null;
                                language: string | null;
                                groupName: string | null;
                                category: string | null;
                                tier: ("threat_to_life" | "crisis" | "designated_group_propaganda" | "promotional") | null;
                                legalBasis: string | null;
                                text: string | null;
                                /** @description The text of the page at capture */
                                pageText: string | null;
                                notes: string;
                                /** @enum {string} */
                                status: "new" | "assessed" | "dismissed";
                                capturedAt: string | null;
                                clusterId: number | null;
                                /** @description Deconfliction: an active hold covers the item (by the item, its URL or its cluster); another organisation's hold means a referral answers ITEM_HELD */
                                held: boolean;
                                /** @description another_organisation when any other organisation holds it (never which), else own_organisation when only the caller's organisation does (see GET /holds); null when not held */
                                heldBy: ("own_organisation" | "another_organisation") | null;
                                signals: {
                                    signalType: string;
                                    value: string;
                                    quality: number | null;
                                }[];
                                media: {
                                    id: number;
                                    sha256: string;
                                    byteSize: number;
                                    contentType: string;
                                    format: string | null;
                                    filename: string | null;
                                }[];
                                createdAt: string;
                            };
                            /** @description false when the URL was already in the operation: the existing item is returned */
                            created: boolean;
                            unregisteredDomain: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            item: {
                                id: number;
                                operationId: number | null;
                                /** @description Canonical URL */
                                url: string;
                                submittedUrl: string;
                                host: string;
                                registrableDomain: string | null;
                                platformId: number | null;
                                language: string | null;
                                groupName: string | null;
                                category: string | null;
                                tier: ("threat_to_life" | "crisis" | "designated_group_propaganda" | "promotional") | null;
                                legalBasis: string | null;
                                text: string | null;
                                /** @description The text of the page at capture */
                                pageText: string | null;
                                notes: string;
                                /** @enum {string} */
                                status: "new" | "assessed" | "dismissed";
                                capturedAt: string | null;
                                clusterId: number | null;
                                /** @description Deconfliction: an active hold covers the item (by the item, its URL or its cluster); another organisation's hold means a referral answers ITEM_HELD */
                                held: boolean;
                                /** @description another_organisation when any other organisation holds it (never which), else own_organisation when only the caller's organisation does (see GET /holds); null when not held */
                                heldBy: ("own_organisation" | "another_organisation") | null;
                                signals: {
                                    signalType: string;
                                    value: string;
                                    quality: number | null;
                                }[];
                                media: {
                                    id: number;
                                    sha256: string;
                                    byteSize: number;
                                    contentType: string;
                                    format: string | null;
                                    filename: string | null;
                                }[];
                                createdAt: string;
                            };
                            /** @description false when the URL was already in the operation: the existing item is returned */
                            created: boolean;
                            unregisteredDomain: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item with its signals and media */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            operationId: number | null;
                            /** @description Canonical URL */
                            url: string;
                            submittedUrl: string;
                            host: string;
                            registrableDomain: string | null;
                            platformId: number | null;
                            language: string | null;
                            groupName: string | null;
                            category: string | null;
                            tier: ("threat_to_life" | "crisis" | "designated_group_propaganda" | "promotional") | null;
                            legalBasis: string | null;
                            text: string | null;
                            /** @description The text of the page at capture */
                            pageText: string | null;
                            notes: string;
                            /** @enum {string} */
                            status: "new" | "assessed" | "dismissed";
                            capturedAt: string | null;
                            clusterId: number | null;
                            /** @description Deconfliction: an active hold covers the item (by the item, its URL or its cluster); another organisation's hold means a referral answers ITEM_HELD */
                            held: boolean;
                            /** @description another_organisation when any other organisation holds it (never which), else own_organisation when only the caller's organisation does (see GET /holds); null when not held */
                            heldBy: ("own_organisation" | "another_organisation") | null;
                            signals: {
                                signalType: string;
                                value: string;
                                quality: number | null;
                            }[];
                            media: {
                                id: number;
                                sha256: string;
                                byteSize: number;
                                contentType: string;
                                format: string | null;
                                filename: string | null;
                            }[];
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Assess an item: language, group, category, tier, legal basis, notes, status */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        language?: string | null;
                        groupName?: string | null;
                        category?: string | null;
                        tier?: ("threat_to_life" | "crisis" | "designated_group_propaganda" | "promotional") | null;
                        legalBasis?: string | null;
                        notes?: string;
                        /** @enum {string} */
                        status?: "new" | "assessed" | "dismissed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            operationId: number | null;
                            /** @description Canonical URL */
                            url: string;
                            submittedUrl: string;
                            host: string;
                            registrableDomain: string | null;
                            platformId: number | null;
                            language: string | null;
                            groupName: string | null;
                            category: string | null;
                            tier: ("threat_to_life" | "crisis" | "designated_group_propaganda" | "promotional") | null;
                            legalBasis: string | null;
                            text: string | null;
                            /** @description The text of the page at capture */
                            pageText: string | null;
                            notes: string;
                            /** @enum {string} */
                            status: "new" | "assessed" | "dismissed";
                            capturedAt: string | null;
                            clusterId: number | null;
                            /** @description Deconfliction: an active hold covers the item (by the item, its URL or its cluster); another organisation's hold means a referral answers ITEM_HELD */
                            held: boolean;
                            /** @description another_organisation when any other organisation holds it (never which), else own_organisation when only the caller's organisation does (see GET /holds); null when not held */
                            heldBy: ("own_organisation" | "another_organisation") | null;
                            signals: {
                                signalType: string;
                                value: string;
                                quality: number | null;
                            }[];
                            media: {
                                id: number;
                                sha256: string;
                                byteSize: number;
                                contentType: string;
                                format: string | null;
                                filename: string | null;
                            }[];
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/items/{id}/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stored bytes of one of an item's media files (the media ids are in GET /items/{id}), for display; served with a type sniffed at intake, sandboxed and never cached by shared caches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    mediaId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The image or video bytes (image/png, image/jpeg, video/mp4, …) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cluster: on how many platforms one piece was found; other organisations' items are counted, not shown. A cluster merged into another answers with that one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The cluster as it is now: for a cluster merged into another, the one it was merged into */
                            id: number;
                            /** @description Clusters merged into this one */
                            mergedClusterIds: number[];
                            itemCount: number;
                            platformCount: number;
                            domains: string[];
                            organisationCount: number;
                            ownItemIds: number[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's holds, newest first */
        get: {
            parameters: {
                query?: {
                    status?: "active" | "released" | "expired";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holds: {
                                id: number;
                                itemId: number | null;
                                clusterId: number | null;
                                /** @description The held item's canonical URL; the same URL submitted by another organisation is held too */
                                url: string | null;
                                /** @description Seen only by the holding organisation */
                                reason: string;
                                /** @enum {string} */
                                status: "active" | "released" | "expired";
                                expiresAt: string | null;
                                releasedAt: string | null;
                                releasedBy: string | null;
                                createdBy: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Hold an own item or a cluster the organisation has an item in: nobody else may refer it until released or expired */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemId?: number;
                        clusterId?: number;
                        reason: string;
                        /** Format: date-time */
                        expiresAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            itemId: number | null;
                            clusterId: number | null;
                            /** @description The held item's canonical URL; the same URL submitted by another organisation is held too */
                            url: string | null;
                            /** @description Seen only by the holding organisation */
                            reason: string;
                            /** @enum {string} */
                            status: "active" | "released" | "expired";
                            expiresAt: string | null;
                            releasedAt: string | null;
                            releasedBy: string | null;
                            createdBy: string;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/holds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Release a hold */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            itemId: number | null;
                            clusterId: number | null;
                            /** @description The held item's canonical URL; the same URL submitted by another organisation is held too */
                            url: string | null;
                            /** @description Seen only by the holding organisation */
                            reason: string;
                            /** @enum {string} */
                            status: "active" | "released" | "expired";
                            expiresAt: string | null;
                            releasedAt: string | null;
                            releasedBy: string | null;
                            createdBy: string;
                            createdAt: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's notifications, newest first (hold.conflict: another organisation ran into a hold) */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notifications: {
                                id: number;
                                kind: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                readAt: string | null;
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            readAt: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's referrals, newest first */
        get: {
            parameters: {
                query?: {
                    state?: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                    itemId?: number;
                    operationId?: number;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            referrals: {
                                id: number;
                                itemId: number;
                                operationId: number | null;
                                platformId: number | null;
                                /** @enum {string} */
                                recipientKind: "platform" | "infrastructure_provider";
                                infrastructureProviderId: number | null;
                                /** @enum {string} */
                                kind: "voluntary_referral" | "removal_order";
                                /** @enum {string} */
                                state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                proposedBy: {
                                    /** @enum {string} */
                                    type: "member" | "api_key" | "system";
                                    id: number | null;
                                    label: string;
                                };
                                approvedBy: string | null;
                                /** @description For a removal order: the time of issue */
                                approvedAt: string | null;
                                removalOrder: {
                                    /** @description ISO 3166-1 alpha-2 code of the issuing Member State */
                                    issuingMemberState: string;
                                    issuingAuthority: string;
                                    /** @description Unique within the organisation */
                                    referenceNumber: string;
                                    /** @description Art. 2(7) grounds; see docs/referrals.md */
                                    reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                                    /** @description BCP 47 tag */
                                    language: string;
                                    /** @description The hosting provider's contact point or legal representative */
                                    addresseeContact: string;
                                    additionalInformation: string | null;
                                } | null;
                                receivedAt: string | null;
                                /** @description A removal order: receipt + 1 hour + the time paused for clarification or force majeure */
                                deadlineAt: string | null;
                                /** @description Time left on a removal order (as of its answer once answered); null without a deadline */
                                remainingSeconds: number | null;
                                /** @description The hour ran out before the recipient answered */
                                overdue: boolean;
                                rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                                createdAt: string;
                                updatedAt: string;
                                closedAt: string | null;
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Propose a referral of an own item (to the item's platform unless another recipient is given); ITEM_HELD when another organisation holds it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemId: number;
                        /**
                         * @default voluntary_referral
                         * @enum {string}
                         */
                        kind?: "voluntary_referral" | "removal_order";
                        platformId?: number;
                        /**
                         * @default platform
                         * @enum {string}
                         */
                        recipientKind?: "platform" | "infrastructure_provider";
                        infrastructureProviderId?: number;
                        /** @description Annex I fields; required for kind removal_order */
                        removalOrder?: {
                            /** @description ISO 3166-1 alpha-2 code of the issuing Member State */
                            issuingMemberState: string;
                            issuingAuthority: string;
                            /** @description Unique within the organisation */
                            referenceNumber: string;
                            /** @description Art. 2(7) grounds; see docs/referrals.md */
                            reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                            /** @description BCP 47 tag */
                            language: string;
                            /** @description The hosting provider's contact point or legal representative */
                            addresseeContact: string;
                            additionalInformation?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            itemId: number;
                            operationId: number | null;
                            platformId: number | null;
                            /** @enum {string} */
                            recipientKind: "platform" | "infrastructure_provider";
                            infrastructureProviderId: number | null;
                            /** @enum {string} */
                            kind: "voluntary_referral" | "removal_order";
                            /** @enum {string} */
                            state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            proposedBy: {
                                /** @enum {string} */
                                type: "member" | "api_key" | "system";
                                id: number | null;
                                label: string;
                            };
                            approvedBy: string | null;
                            /** @description For a removal order: the time of issue */
                            approvedAt: string | null;
                            removalOrder: {
                                /** @description ISO 3166-1 alpha-2 code of the issuing Member State */
                                issuingMemberState: string;
                                issuingAuthority: string;
                                /** @description Unique within the organisation */
                                referenceNumber: string;
                                /** @description Art. 2(7) grounds; see docs/referrals.md */
                                reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                                /** @description BCP 47 tag */
                                language: string;
                                /** @description The hosting provider's contact point or legal representative */
                                addresseeContact: string;
                                additionalInformation: string | null;
                            } | null;
                            receivedAt: string | null;
                            /** @description A removal order: receipt + 1 hour + the time paused for clarification or force majeure */
                            deadlineAt: string | null;
                            /** @description Time left on a removal order (as of its answer once answered); null without a deadline */
                            remainingSeconds: number | null;
                            /** @description The hour ran out before the recipient answered */
                            overdue: boolean;
                            rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One referral with its timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            itemId: number;
                            operationId: number | null;
                            platformId: number | null;
                            /** @enum {string} */
                            recipientKind: "platform" | "infrastructure_provider";
                            infrastructureProviderId: number | null;
                            /** @enum {string} */
                            kind: "voluntary_referral" | "removal_order";
                            /** @enum {string} */
                            state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            proposedBy: {
                                /** @enum {string} */
                                type: "member" | "api_key" | "system";
                                id: number | null;
                                label: string;
                            };
                            approvedBy: string | null;
                            /** @description For a removal order: the time of issue */
                            approvedAt: string | null;
                            removalOrder: {
                                /** @description ISO 3166-1 alpha-2 code of the issuing Member State */
                                issuingMemberState: string;
                                issuingAuthority: string;
                                /** @description Unique within the organisation */
                                referenceNumber: string;
                                /** @description Art. 2(7) grounds; see docs/referrals.md */
                                reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                                /** @description BCP 47 tag */
                                language: string;
                                /** @description The hosting provider's contact point or legal representative */
                                addresseeContact: string;
                                additionalInformation: string | null;
                            } | null;
                            receivedAt: string | null;
                            /** @description A removal order: receipt + 1 hour + the time paused for clarification or force majeure */
                            deadlineAt: string | null;
                            /** @description Time left on a removal order (as of its answer once answered); null without a deadline */
                            remainingSeconds: number | null;
                            /** @description The hour ran out before the recipient answered */
                            overdue: boolean;
                            rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            timeline: {
                                /** @enum {string} */
                                event: "propose" | "approve" | "withdraw" | "send" | "acknowledge" | "remove" | "geo_block" | "reject" | "request_clarification" | "answer_clarification" | "recheck_confirmed" | "declare_force_majeure" | "end_force_majeure" | "restore";
                                fromState: ("proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored") | null;
                                /** @enum {string} */
                                toState: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                actor: {
                                    /** @enum {string} */
                                    type: "member" | "api_key" | "system";
                                    id: number | null;
                                    label: string;
                                };
                                reason: string | null;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a referral someone else proposed (four-eyes); issues a removal order (competent authorities only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            itemId: number;
                            operationId: number | null;
                            platformId: number | null;
                            /** @enum {string} */
                            recipientKind: "platform" | "infrastructure_provider";
                            infrastructureProviderId: number | null;
                            /** @enum {string} */
                            kind: "voluntary_referral" | "removal_order";
                            /** @enum {string} */
                            state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            proposedBy: {
                                /** @enum {string} */
                                type: "member" | "api_key" | "system";
                                id: number | null;
                                label: string;
                            };
                            approvedBy: string | null;
                            /** @description For a removal order: the time of issue */
                            approvedAt: string | null;
                            removalOrder: {
                                /** @description ISO 3166-1 alpha-2 code of the issuing Member State */
                                issuingMemberState: string;
                                issuingAuthority: string;
                                /** @description Unique within the organisation */
                                referenceNumber: string;
                                /** @description Art. 2(7) grounds; see docs/referrals.md */
                                reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                                /** @description BCP 47 tag */
                                language: string;
                                /** @description The hosting provider's contact point or legal representative */
                                addresseeContact: string;
                                additionalInformation: string | null;
                            } | null;
                            receivedAt: string | null;
                            /** @description A removal order: receipt + 1 hour + the time paused for clarification or force majeure */
                            deadlineAt: string | null;
                            /** @description Time left on a removal order (as of its answer once answered); null without a deadline */
                            remainingSeconds: number | null;
                            /** @description The hour ran out before the recipient answered */
                            overdue: boolean;
                            rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a proposed or approved referral (needs referrals:propose or referrals:approve) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            itemId: number;
                            operationId: number | null;
                            platformId: number | null;
                            /** @enum {string} */
                            recipientKind: "platform" | "infrastructure_provider";
                            infrastructureProviderId: number | null;
                            /** @enum {string} */
                            kind: "voluntary_referral" | "removal_order";
                            /** @enum {string} */
                            state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            proposedBy: {
                                /** @enum {string} */
                                type: "member" | "api_key" | "system";
                                id: number | null;
                                label: string;
                            };
                            approvedBy: string | null;
                            /** @description For a removal order: the time of issue */
                            approvedAt: string | null;
                            removalOrder: {
                                /** @description ISO 3166-1 alpha-2 code of the issuing Member State */
                                issuingMemberState: string;
                                issuingAuthority: string;
                                /** @description Unique within the organisation */
                                referenceNumber: string;
                                /** @description Art. 2(7) grounds; see docs/referrals.md */
                                reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                                /** @description BCP 47 tag */
                                language: string;
                                /** @description The hosting provider's contact point or legal representative */
                                addresseeContact: string;
                                additionalInformation: string | null;
                            } | null;
                            receivedAt: string | null;
                            /** @description A removal order: receipt + 1 hour + the time paused for clarification or force majeure */
                            deadlineAt: string | null;
                            /** @description Time left on a removal order (as of its answer once answered); null without a deadline */
                            remainingSeconds: number | null;
                            /** @description The hour ran out before the recipient answered */
                            overdue: boolean;
                            rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record delivery, the recipient's answer or a re-check (see docs/referrals.md); sending starts a removal order's one-hour deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        event: "send" | "acknowledge" | "remove" | "geo_block" | "reject" | "request_clarification" | "answer_clarification" | "recheck_confirmed" | "declare_force_majeure" | "end_force_majeure";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            itemId: number;
                            operationId: number | null;
                            platformId: number | null;
                            /** @enum {string} */
                            recipientKind: "platform" | "infrastructure_provider";
                            infrastructureProviderId: number | null;
                            /** @enum {string} */
                            kind: "voluntary_referral" | "removal_order";
                            /** @enum {string} */
                            state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            proposedBy: {
                                /** @enum {string} */
                                type: "member" | "api_key" | "system";
                                id: number | null;
                                label: string;
                            };
                            approvedBy: string | null;
                            /** @description For a removal order: the time of issue */
                            approvedAt: string | null;
                            removalOrder: {
                                /** @description ISO 3166-1 alpha-2 code of the issuing Member State */
                                issuingMemberState: string;
                                issuingAuthority: string;
                                /** @description Unique within the organisation */
                                referenceNumber: string;
                                /** @description Art. 2(7) grounds; see docs/referrals.md */
                                reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                                /** @description BCP 47 tag */
                                language: string;
                                /** @description The hosting provider's contact point or legal representative */
                                addresseeContact: string;
                                additionalInformation: string | null;
                            } | null;
                            receivedAt: string | null;
                            /** @description A removal order: receipt + 1 hour + the time paused for clarification or force majeure */
                            deadlineAt: string | null;
                            /** @description Time left on a removal order (as of its answer once answered); null without a deadline */
                            remainingSeconds: number | null;
                            /** @description The hour ran out before the recipient answered */
                            overdue: boolean;
                            rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/platforms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platforms the caller's organisation operates in Vigil, by name (empty for an authority or NGO): the ones its liaisons answer for and its transparency reports cover */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            platforms: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                                domains: string[];
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referrals and removal orders sent to the platforms the organisation operates, newest first */
        get: {
            parameters: {
                query?: {
                    state?: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            referrals: {
                                id: number;
                                /** @description The content's canonical URL */
                                url: string;
                                /** @description The platform the content is on */
                                platformId: number | null;
                                /**
                                 * @description Addressed to the platform, or to an infrastructure provider behind it (an escalation)
                                 * @enum {string}
                                 */
                                recipientKind: "platform" | "infrastructure_provider";
                                /** @description The addressed provider, for recipientKind infrastructure_provider */
                                infrastructureProviderId: number | null;
                                /** @enum {string} */
                                kind: "voluntary_referral" | "removal_order";
                                /** @enum {string} */
                                state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                /** @description TCO Annex I, for removal orders */
                                removalOrder: {
                                    issuingMemberState: string;
                                    issuingAuthority: string;
                                    referenceNumber: string;
                                    reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                                    language: string;
                                    addresseeContact: string;
                                    additionalInformation: string | null;
                                    issuedAt: string | null;
                                } | null;
                                receivedAt: string;
                                /** @description Removal orders: receipt + 1 hour + the time paused for clarification or force majeure */
                                deadlineAt: string | null;
                                remainingSeconds: number | null;
                                overdue: boolean;
                                /** @description The removal order clock is paused (clarification requested or force majeure) */
                                paused: boolean;
                                rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One referral sent to an operated platform, with its timeline from the sending on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description The content's canonical URL */
                            url: string;
                            /** @description The platform the content is on */
                            platformId: number | null;
                            /**
                             * @description Addressed to the platform, or to an infrastructure provider behind it (an escalation)
                             * @enum {string}
                             */
                            recipientKind: "platform" | "infrastructure_provider";
                            /** @description The addressed provider, for recipientKind infrastructure_provider */
                            infrastructureProviderId: number | null;
                            /** @enum {string} */
                            kind: "voluntary_referral" | "removal_order";
                            /** @enum {string} */
                            state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            /** @description TCO Annex I, for removal orders */
                            removalOrder: {
                                issuingMemberState: string;
                                issuingAuthority: string;
                                referenceNumber: string;
                                reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                                language: string;
                                addresseeContact: string;
                                additionalInformation: string | null;
                                issuedAt: string | null;
                            } | null;
                            receivedAt: string;
                            /** @description Removal orders: receipt + 1 hour + the time paused for clarification or force majeure */
                            deadlineAt: string | null;
                            remainingSeconds: number | null;
                            overdue: boolean;
                            /** @description The removal order clock is paused (clarification requested or force majeure) */
                            paused: boolean;
                            rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                            timeline: {
                                /** @enum {string} */
                                event: "approve" | "withdraw" | "send" | "acknowledge" | "remove" | "geo_block" | "reject" | "request_clarification" | "answer_clarification" | "recheck_confirmed" | "declare_force_majeure" | "end_force_majeure" | "restore";
                                fromState: ("proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored") | null;
                                /** @enum {string} */
                                toState: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                /**
                                 * @description Which side made the move; people are not named across organisations
                                 * @enum {string}
                                 */
                                by: "referrer" | "recipient";
                                /** @description The recipient's own reasons and the referrer's answers to clarification */
                                reason: string | null;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/referrals/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a referral: acknowledge, remove, geo-block, reject (with rejectReason), ask for clarification, or declare / end force majeure (see docs/platform-side.md) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "acknowledge" | "remove" | "geo_block" | "reject" | "request_clarification" | "declare_force_majeure" | "end_force_majeure";
                        reason?: string;
                        /**
                         * @description Required for reject, refused otherwise
                         * @enum {string}
                         */
                        rejectReason?: "not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description The content's canonical URL */
                            url: string;
                            /** @description The platform the content is on */
                            platformId: number | null;
                            /**
                             * @description Addressed to the platform, or to an infrastructure provider behind it (an escalation)
                             * @enum {string}
                             */
                            recipientKind: "platform" | "infrastructure_provider";
                            /** @description The addressed provider, for recipientKind infrastructure_provider */
                            infrastructureProviderId: number | null;
                            /** @enum {string} */
                            kind: "voluntary_referral" | "removal_order";
                            /** @enum {string} */
                            state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            /** @description TCO Annex I, for removal orders */
                            removalOrder: {
                                issuingMemberState: string;
                                issuingAuthority: string;
                                referenceNumber: string;
                                reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                                language: string;
                                addresseeContact: string;
                                additionalInformation: string | null;
                                issuedAt: string | null;
                            } | null;
                            receivedAt: string;
                            /** @description Removal orders: receipt + 1 hour + the time paused for clarification or force majeure */
                            deadlineAt: string | null;
                            remainingSeconds: number | null;
                            overdue: boolean;
                            /** @description The removal order clock is paused (clarification requested or force majeure) */
                            paused: boolean;
                            rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/preservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preserved removed content (TCO Art. 6) of the platforms the organisation operates, newest first */
        get: {
            parameters: {
                query?: {
                    status?: "preserved" | "purged";
                    platformId?: number;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            preservations: {
                                id: number;
                                referralId: number;
                                platformId: number | null;
                                /** @description The removal order's reference number */
                                referenceNumber: string | null;
                                /** @enum {string} */
                                action: "removed" | "geo_blocked";
                                removedAt: string;
                                /** @description Six months after the removal, plus every extension */
                                preserveUntil: string;
                                /** @enum {string} */
                                status: "preserved" | "purged";
                                /** @description The content's location; null once purged */
                                url: string | null;
                                /** @description SHA-256 names of the media in the media store; empty once purged */
                                mediaSha256: string[];
                                /** @description The recipient's note at the removal; null once purged */
                                note: string | null;
                                purgedAt: string | null;
                                extensions: {
                                    /** @enum {string} */
                                    requestedBy: "referring_organisation" | "platform";
                                    days: number;
                                    reason: string;
                                    previousUntil: string;
                                    newUntil: string;
                                    at: string;
                                }[];
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/preservations/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an extension of a preservation asked for by a competent authority or court */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Added to the current end of the preservation */
                        days: number;
                        /** @description Why, and who asked (the competent authority or court and its reference) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            referralId: number;
                            platformId: number | null;
                            /** @description The removal order's reference number */
                            referenceNumber: string | null;
                            /** @enum {string} */
                            action: "removed" | "geo_blocked";
                            removedAt: string;
                            /** @description Six months after the removal, plus every extension */
                            preserveUntil: string;
                            /** @enum {string} */
                            status: "preserved" | "purged";
                            /** @description The content's location; null once purged */
                            url: string | null;
                            /** @description SHA-256 names of the media in the media store; empty once purged */
                            mediaSha256: string[];
                            /** @description The recipient's note at the removal; null once purged */
                            note: string | null;
                            purgedAt: string | null;
                            extensions: {
                                /** @enum {string} */
                                requestedBy: "referring_organisation" | "platform";
                                days: number;
                                reason: string;
                                previousUntil: string;
                                newUntil: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/preservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recipient's preservation of the referral's removed content */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            referralId: number;
                            platformId: number | null;
                            /** @description The removal order's reference number */
                            referenceNumber: string | null;
                            /** @enum {string} */
                            action: "removed" | "geo_blocked";
                            removedAt: string;
                            /** @description Six months after the removal, plus every extension */
                            preserveUntil: string;
                            /** @enum {string} */
                            status: "preserved" | "purged";
                            /** @description The content's location; null once purged */
                            url: string | null;
                            /** @description SHA-256 names of the media in the media store; empty once purged */
                            mediaSha256: string[];
                            /** @description The recipient's note at the removal; null once purged */
                            note: string | null;
                            purgedAt: string | null;
                            extensions: {
                                /** @enum {string} */
                                requestedBy: "referring_organisation" | "platform";
                                days: number;
                                reason: string;
                                previousUntil: string;
                                newUntil: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/preservation/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the preservation of the referral's removed content (for administrative or judicial proceedings) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Added to the current end of the preservation */
                        days: number;
                        /** @description Why, and who asked (the competent authority or court and its reference) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            referralId: number;
                            platformId: number | null;
                            /** @description The removal order's reference number */
                            referenceNumber: string | null;
                            /** @enum {string} */
                            action: "removed" | "geo_blocked";
                            removedAt: string;
                            /** @description Six months after the removal, plus every extension */
                            preserveUntil: string;
                            /** @enum {string} */
                            status: "preserved" | "purged";
                            /** @description The content's location; null once purged */
                            url: string | null;
                            /** @description SHA-256 names of the media in the media store; empty once purged */
                            mediaSha256: string[];
                            /** @description The recipient's note at the removal; null once purged */
                            note: string | null;
                            purgedAt: string | null;
                            extensions: {
                                /** @enum {string} */
                                requestedBy: "referring_organisation" | "platform";
                                days: number;
                                reason: string;
                                previousUntil: string;
                                newUntil: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/referrals/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a content provider's complaint about the removal (TCO Art. 10); the decision is due in two weeks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When the platform received it; defaults to now
                         */
                        receivedAt?: string;
                        /** @description The platform's own reference; not shown to the referring organisation */
                        complainantReference?: string;
                        /** @description The complainant's grounds; not shown to the referring organisation */
                        grounds?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            referralId: number;
                            platformId: number;
                            /** @description The removal order's reference number */
                            referenceNumber: string | null;
                            receivedAt: string;
                            /** @description Two weeks after receipt */
                            deadlineAt: string;
                            /** @description Not decided and past the deadline */
                            overdue: boolean;
                            /** @description upheld: the content was restored */
                            outcome: ("upheld" | "dismissed") | null;
                            decisionReason: string | null;
                            decidedAt: string | null;
                            /** @description Decided after the deadline */
                            decidedLate: boolean;
                            complainantReference: string | null;
                            grounds: string | null;
                            recordedBy: string;
                            decidedBy: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/complaints/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a complaint: upheld restores the content (the referral moves to restored), dismissed keeps the removal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "upheld" | "dismissed";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            referralId: number;
                            platformId: number;
                            /** @description The removal order's reference number */
                            referenceNumber: string | null;
                            receivedAt: string;
                            /** @description Two weeks after receipt */
                            deadlineAt: string;
                            /** @description Not decided and past the deadline */
                            overdue: boolean;
                            /** @description upheld: the content was restored */
                            outcome: ("upheld" | "dismissed") | null;
                            decisionReason: string | null;
                            decidedAt: string | null;
                            /** @description Decided after the deadline */
                            decidedLate: boolean;
                            complainantReference: string | null;
                            grounds: string | null;
                            recordedBy: string;
                            decidedBy: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints about removals from the platforms the organisation operates, newest first */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "decided";
                    /** @description true: only undecided complaints past their two weeks */
                    overdue?: "true" | "false";
                    referralId?: number;
                    platformId?: number;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            complaints: {
                                id: number;
                                referralId: number;
                                platformId: number;
                                /** @description The removal order's reference number */
                                referenceNumber: string | null;
                                receivedAt: string;
                                /** @description Two weeks after receipt */
                                deadlineAt: string;
                                /** @description Not decided and past the deadline */
                                overdue: boolean;
                                /** @description upheld: the content was restored */
                                outcome: ("upheld" | "dismissed") | null;
                                decisionReason: string | null;
                                decidedAt: string | null;
                                /** @description Decided after the deadline */
                                decidedLate: boolean;
                                complainantReference: string | null;
                                grounds: string | null;
                                recordedBy: string;
                                decidedBy: string | null;
                            }[];
                            /** @description How many listed are overdue */
                            overdue: number;
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints about the removal of the referred content, and their outcomes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            complaints: {
                                id: number;
                                referralId: number;
                                platformId: number;
                                /** @description The removal order's reference number */
                                referenceNumber: string | null;
                                receivedAt: string;
                                /** @description Two weeks after receipt */
                                deadlineAt: string;
                                /** @description Not decided and past the deadline */
                                overdue: boolean;
                                /** @description upheld: the content was restored */
                                outcome: ("upheld" | "dismissed") | null;
                                decisionReason: string | null;
                                decidedAt: string | null;
                                /** @description Decided after the deadline */
                                decidedLate: boolean;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/transparency-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A platform's TCO Art. 7(3) transparency report for a period, as JSON, CSV or a printable HTML page (the operating organisation sees all; an authority or NGO only its own referrals) */
        get: {
            parameters: {
                query: {
                    platformId: number;
                    /** @description Start: a date (its start, UTC) or a date-time */
                    from: string;
                    /** @description End: a date (included whole) or a date-time (excluded) */
                    to: string;
                    format?: "json" | "csv" | "html";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON report, text/csv or text/html */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emerging/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per domain (items' own URLs and the links in their text and captured page text): first and last seen, counts per source, registered platform, candidate status */
        get: {
            parameters: {
                query?: {
                    operationId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            domains: {
                                domain: string;
                                firstSeen: string;
                                lastSeen: string;
                                /** @description Items whose own URL is on the domain or whose text or captured page text links to it (all organisations' items, counted) */
                                items: number;
                                /** @description Out-links to the domain, one per item and URL */
                                links: number;
                                /** @description Items per source of the reference: own URL, link in the text, link in the captured page text */
                                sources: {
                                    url: number;
                                    text: number;
                                    page_text: number;
                                };
                                operations: number;
                                organisations: number;
                                /** @description The registered platform the domain leads to */
                                platformId: number | null;
                                candidateStatus: ("candidate" | "promoted" | "dismissed") | null;
                                promotedPlatformId: number | null;
                                alertedAt: string | null;
                                decidedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emerging/domains/{domain}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The items behind one domain: the organisation's own (by id, with the source of each reference), counts per organisation in the operations it takes part in, and a count of the rest */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    domain: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            domain: string;
                            stats: {
                                domain: string;
                                firstSeen: string;
                                lastSeen: string;
                                /** @description Items whose own URL is on the domain or whose text or captured page text links to it (all organisations' items, counted) */
                                items: number;
                                /** @description Out-links to the domain, one per item and URL */
                                links: number;
                                /** @description Items per source of the reference: own URL, link in the text, link in the captured page text */
                                sources: {
                                    url: number;
                                    text: number;
                                    page_text: number;
                                };
                                operations: number;
                                organisations: number;
                                /** @description The registered platform the domain leads to */
                                platformId: number | null;
                                candidateStatus: ("candidate" | "promoted" | "dismissed") | null;
                                promotedPlatformId: number | null;
                                alertedAt: string | null;
                                decidedAt: string | null;
                            };
                            /** @description The organisation's own items behind the domain, by id */
                            items: {
                                itemId: number;
                                url: string;
                                operationId: number | null;
                                sources: ("url" | "text" | "page_text")[];
                                firstSeen: string;
                            }[];
                            nextAfter: number | null;
                            /** @description In each operation the organisation takes part in: items per participating organisation (counts only) */
                            operations: {
                                operationId: number;
                                items: number;
                                organisations: {
                                    organisationId: number;
                                    items: number;
                                }[];
                            }[];
                            /** @description Other organisations' items outside those operations (a count only) */
                            elsewhere: number;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emerging/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidate platforms: unregistered domains that recur across items (or, with status, the promoted or dismissed ones) */
        get: {
            parameters: {
                query?: {
                    status?: "candidate" | "promoted" | "dismissed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: {
                                domain: string;
                                firstSeen: string;
                                lastSeen: string;
                                /** @description Items whose own URL is on the domain or whose text or captured page text links to it (all organisations' items, counted) */
                                items: number;
                                /** @description Out-links to the domain, one per item and URL */
                                links: number;
                                /** @description Items per source of the reference: own URL, link in the text, link in the captured page text */
                                sources: {
                                    url: number;
                                    text: number;
                                    page_text: number;
                                };
                                operations: number;
                                organisations: number;
                                /** @description The registered platform the domain leads to */
                                platformId: number | null;
                                candidateStatus: ("candidate" | "promoted" | "dismissed") | null;
                                promotedPlatformId: number | null;
                                alertedAt: string | null;
                                decidedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emerging/candidates/{domain}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a candidate domain to the platform registry as a new platform */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    domain: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Default: the domain */
                        name?: string;
                        /** @enum {string} */
                        category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                        /** @enum {string} */
                        cooperationStatus?: "cooperative" | "unresponsive" | "hostile";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            platform: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                category: "video" | "messaging" | "file_share" | "forum" | "microblog" | "social_network" | "archive" | "website" | "paste" | "audio" | "other";
                                contactPoint: string | null;
                                /** @enum {string} */
                                deliveryChannel: "portal" | "webhook" | "api_polling" | "email";
                                contactEmail: string | null;
                                language: string | null;
                                tcoLegalRepresentative: string | null;
                                /** @enum {string} */
                                cooperationStatus: "cooperative" | "unresponsive" | "hostile";
                                operatorOrganisationId: number | null;
                                notes: string;
                                domains: string[];
                                createdAt: string;
                                updatedAt: string;
                            };
                            candidate: {
                                domain: string;
                                firstSeen: string;
                                lastSeen: string;
                                /** @description Items whose own URL is on the domain or whose text or captured page text links to it (all organisations' items, counted) */
                                items: number;
                                /** @description Out-links to the domain, one per item and URL */
                                links: number;
                                /** @description Items per source of the reference: own URL, link in the text, link in the captured page text */
                                sources: {
                                    url: number;
                                    text: number;
                                    page_text: number;
                                };
                                operations: number;
                                organisations: number;
                                /** @description The registered platform the domain leads to */
                                platformId: number | null;
                                candidateStatus: ("candidate" | "promoted" | "dismissed") | null;
                                promotedPlatformId: number | null;
                                alertedAt: string | null;
                                decidedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emerging/candidates/{domain}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a candidate domain (it is not alerted again) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    domain: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            domain: string;
                            firstSeen: string;
                            lastSeen: string;
                            /** @description Items whose own URL is on the domain or whose text or captured page text links to it (all organisations' items, counted) */
                            items: number;
                            /** @description Out-links to the domain, one per item and URL */
                            links: number;
                            /** @description Items per source of the reference: own URL, link in the text, link in the captured page text */
                            sources: {
                                url: number;
                                text: number;
                                page_text: number;
                            };
                            operations: number;
                            organisations: number;
                            /** @description The registered platform the domain leads to */
                            platformId: number | null;
                            candidateStatus: ("candidate" | "promoted" | "dismissed") | null;
                            promotedPlatformId: number | null;
                            alertedAt: string | null;
                            decidedAt: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{id}/domain-graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The operation's domain graph: registered platforms whose items link to candidate or unknown domains, with link counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            operationId: number;
                            nodes: {
                                domain: string;
                                /** @enum {string} */
                                kind: "platform" | "candidate" | "unknown";
                                platformId?: number;
                                items: number;
                            }[];
                            edges: {
                                from: string;
                                to: string;
                                links: number;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The escalation a referral came from, and the escalations made from it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            escalatedFrom: {
                                /** @description The referral to the provider */
                                referralId: number;
                                /** @description The referral to the platform it escalates */
                                originalReferralId: number;
                                providerId: number;
                                /** @enum {string} */
                                grounds: "hostile" | "unresponsive" | "unanswered";
                                /** @description Written for the provider: part of the evidence bundle */
                                reason: string | null;
                                createdBy: string;
                                createdAt: string;
                                /**
                                 * @description The state of the referral to the provider
                                 * @enum {string}
                                 */
                                state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            } | null;
                            escalations: {
                                /** @description The referral to the provider */
                                referralId: number;
                                /** @description The referral to the platform it escalates */
                                originalReferralId: number;
                                providerId: number;
                                /** @enum {string} */
                                grounds: "hostile" | "unresponsive" | "unanswered";
                                /** @description Written for the provider: part of the evidence bundle */
                                reason: string | null;
                                createdBy: string;
                                createdAt: string;
                                /**
                                 * @description The state of the referral to the provider
                                 * @enum {string}
                                 */
                                state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Escalate a referral to one of the platform's infrastructure providers: allowed when the platform is hostile or unresponsive, or the referral went unanswered (see docs/emerging-platforms.md); proposes a new referral linked to this one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        providerId: number;
                        /**
                         * @default voluntary_referral
                         * @enum {string}
                         */
                        kind?: "voluntary_referral" | "removal_order";
                        /** @description Annex I fields; required for kind removal_order */
                        removalOrder?: {
                            /** @description ISO 3166-1 alpha-2 code of the issuing Member State */
                            issuingMemberState: string;
                            issuingAuthority: string;
                            /** @description Unique within the organisation */
                            referenceNumber: string;
                            /** @description Art. 2(7) grounds; see docs/referrals.md */
                            reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                            /** @description BCP 47 tag */
                            language: string;
                            /** @description The hosting provider's contact point or legal representative */
                            addresseeContact: string;
                            additionalInformation?: string | null;
                        };
                        /** @description Written for the provider: part of the evidence bundle */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            referral: {
                                id: number;
                                itemId: number;
                                operationId: number | null;
                                platformId: number | null;
                                /** @enum {string} */
                                recipientKind: "platform" | "infrastructure_provider";
                                infrastructureProviderId: number | null;
                                /** @enum {string} */
                                kind: "voluntary_referral" | "removal_order";
                                /** @enum {string} */
                                state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                proposedBy: {
                                    /** @enum {string} */
                                    type: "member" | "api_key" | "system";
                                    id: number | null;
                                    label: string;
                                };
                                approvedBy: string | null;
                                /** @description For a removal order: the time of issue */
                                approvedAt: string | null;
                                removalOrder: {
                                    /** @description ISO 3166-1 alpha-2 code of the issuing Member State */
                                    issuingMemberState: string;
                                    issuingAuthority: string;
                                    /** @description Unique within the organisation */
                                    referenceNumber: string;
                                    /** @description Art. 2(7) grounds; see docs/referrals.md */
                                    reasons: ("incitement" | "solicitation_to_commit" | "solicitation_to_participate" | "instruction" | "threat")[];
                                    /** @description BCP 47 tag */
                                    language: string;
                                    /** @description The hosting provider's contact point or legal representative */
                                    addresseeContact: string;
                                    additionalInformation: string | null;
                                } | null;
                                receivedAt: string | null;
                                /** @description A removal order: receipt + 1 hour + the time paused for clarification or force majeure */
                                deadlineAt: string | null;
                                /** @description Time left on a removal order (as of its answer once answered); null without a deadline */
                                remainingSeconds: number | null;
                                /** @description The hour ran out before the recipient answered */
                                overdue: boolean;
                                rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                                createdAt: string;
                                updatedAt: string;
                                closedAt: string | null;
                            };
                            escalation: {
                                /** @description The referral to the provider */
                                referralId: number;
                                /** @description The referral to the platform it escalates */
                                originalReferralId: number;
                                providerId: number;
                                /** @enum {string} */
                                grounds: "hostile" | "unresponsive" | "unanswered";
                                /** @description Written for the provider: part of the evidence bundle */
                                reason: string | null;
                                createdBy: string;
                                createdAt: string;
                                /**
                                 * @description The state of the referral to the provider
                                 * @enum {string}
                                 */
                                state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evidence bundle of a referral: the content, its hashes and signals, the platform, its infrastructure and the organisation's referral history with it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            format: "vigil.evidence/1";
                            generatedAt: string;
                            referral: {
                                id: number;
                                /** @enum {string} */
                                kind: "voluntary_referral" | "removal_order";
                                /** @enum {string} */
                                state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                /** @enum {string} */
                                recipientKind: "platform" | "infrastructure_provider";
                                platformId: number | null;
                                infrastructureProviderId: number | null;
                                createdAt: string;
                                sentAt: string | null;
                                escalation: {
                                    originalReferralId: number;
                                    /** @enum {string} */
                                    grounds: "hostile" | "unresponsive" | "unanswered";
                                    reason: string | null;
                                    createdAt: string;
                                } | null;
                            };
                            content: {
                                url: string;
                                submittedUrl: string;
                                capturedAt: string | null;
                                submittedAt: string;
                                /** @description The item's own text */
                                text: string | null;
                                /** @description The text of the page at capture */
                                pageText: string | null;
                                media: {
                                    sha256: string;
                                    byteSize: number;
                                    contentType: string;
                                    format: string | null;
                                }[];
                                signals: {
                                    signalType: string;
                                    value: string;
                                    quality: number | null;
                                }[];
                            };
                            platform: {
                                id: number;
                                name: string;
                                domains: string[];
                                cooperationStatus: string;
                                contactPoint: string | null;
                                contactEmail: string | null;
                            } | null;
                            infrastructure: {
                                providerId: number;
                                name: string;
                                /** @enum {string} */
                                kind: "hosting" | "cdn" | "registrar" | "dns" | "other";
                                /** @enum {string} */
                                role: "hosting" | "cdn" | "registrar" | "dns" | "other";
                                contactEmail: string | null;
                                abuseUrl: string | null;
                            }[];
                            /** @description The referring organisation's referrals to the platform (newest 100) and their totals */
                            platformHistory: {
                                summary: {
                                    referrals: number;
                                    sent: number;
                                    answered: number;
                                    unanswered: number;
                                    removed: number;
                                    rejected: number;
                                    overdue: number;
                                };
                                referrals: {
                                    referralId: number;
                                    /** @enum {string} */
                                    kind: "voluntary_referral" | "removal_order";
                                    /** @enum {string} */
                                    state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                    createdAt: string;
                                    sentAt: string | null;
                                    answeredAt: string | null;
                                    rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                                    closedAt: string | null;
                                    overdue: boolean;
                                }[];
                            };
                            /** @description For an escalation: the moves of the referral to the platform, from its sending on */
                            originalTimeline: {
                                event: string;
                                /** @enum {string} */
                                toState: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/referrals/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evidence bundle of a referral addressed to an infrastructure provider the organisation operates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            format: "vigil.evidence/1";
                            generatedAt: string;
                            referral: {
                                id: number;
                                /** @enum {string} */
                                kind: "voluntary_referral" | "removal_order";
                                /** @enum {string} */
                                state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                /** @enum {string} */
                                recipientKind: "platform" | "infrastructure_provider";
                                platformId: number | null;
                                infrastructureProviderId: number | null;
                                createdAt: string;
                                sentAt: string | null;
                                escalation: {
                                    originalReferralId: number;
                                    /** @enum {string} */
                                    grounds: "hostile" | "unresponsive" | "unanswered";
                                    reason: string | null;
                                    createdAt: string;
                                } | null;
                            };
                            content: {
                                url: string;
                                submittedUrl: string;
                                capturedAt: string | null;
                                submittedAt: string;
                                /** @description The item's own text */
                                text: string | null;
                                /** @description The text of the page at capture */
                                pageText: string | null;
                                media: {
                                    sha256: string;
                                    byteSize: number;
                                    contentType: string;
                                    format: string | null;
                                }[];
                                signals: {
                                    signalType: string;
                                    value: string;
                                    quality: number | null;
                                }[];
                            };
                            platform: {
                                id: number;
                                name: string;
                                domains: string[];
                                cooperationStatus: string;
                                contactPoint: string | null;
                                contactEmail: string | null;
                            } | null;
                            infrastructure: {
                                providerId: number;
                                name: string;
                                /** @enum {string} */
                                kind: "hosting" | "cdn" | "registrar" | "dns" | "other";
                                /** @enum {string} */
                                role: "hosting" | "cdn" | "registrar" | "dns" | "other";
                                contactEmail: string | null;
                                abuseUrl: string | null;
                            }[];
                            /** @description The referring organisation's referrals to the platform (newest 100) and their totals */
                            platformHistory: {
                                summary: {
                                    referrals: number;
                                    sent: number;
                                    answered: number;
                                    unanswered: number;
                                    removed: number;
                                    rejected: number;
                                    overdue: number;
                                };
                                referrals: {
                                    referralId: number;
                                    /** @enum {string} */
                                    kind: "voluntary_referral" | "removal_order";
                                    /** @enum {string} */
                                    state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                    createdAt: string;
                                    sentAt: string | null;
                                    answeredAt: string | null;
                                    rejectReason: ("not_terrorist_content" | "not_hosted_here" | "technical_impossibility" | "insufficient_information" | "other") | null;
                                    closedAt: string | null;
                                    overdue: boolean;
                                }[];
                            };
                            /** @description For an escalation: the moves of the referral to the platform, from its sending on */
                            originalTimeline: {
                                event: string;
                                /** @enum {string} */
                                toState: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's webhook endpoints */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoints: {
                                id: number;
                                url: string;
                                enabled: boolean;
                                createdAt: string;
                                rotatedAt: string | null;
                                /** @description Until then deliveries are signed with the previous secret too */
                                previousSecretValidUntil: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an endpoint for signed referral events (see docs/webhooks.md); the answer holds its secret, once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url: string;
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoint: {
                                id: number;
                                url: string;
                                enabled: boolean;
                                createdAt: string;
                                rotatedAt: string | null;
                                /** @description Until then deliveries are signed with the previous secret too */
                                previousSecretValidUntil: string | null;
                            };
                            /** @description The signing secret; shown this once only */
                            secret: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an endpoint and its deliveries */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/webhooks/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret; the previous one keeps signing for 24 hours. The answer holds the new secret, once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoint: {
                                id: number;
                                url: string;
                                enabled: boolean;
                                createdAt: string;
                                rotatedAt: string | null;
                                /** @description Until then deliveries are signed with the previous secret too */
                                previousSecretValidUntil: string | null;
                            };
                            /** @description The signing secret; shown this once only */
                            secret: string;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries to the organisation's endpoints, newest first; status=dead lists those that ran out of attempts */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "delivered" | "dead";
                    endpointId?: number;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                id: number;
                                endpointId: number;
                                referralId: number;
                                event: string;
                                idempotencyKey: string;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "dead";
                                attempts: number;
                                lastStatusCode: number | null;
                                lastError: string | null;
                                createdAt: string;
                                deliveredAt: string | null;
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/webhooks/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again with fresh attempts and the same Idempotency-Key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            endpointId: number;
                            referralId: number;
                            event: string;
                            idempotencyKey: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "dead";
                            attempts: number;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            createdAt: string;
                            deliveredAt: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A referral's re-checks, newest first, with its flags and next scheduled check */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                id: number;
                                referralId: number;
                                /** @enum {string} */
                                trigger: "scheduled" | "manual";
                                /**
                                 * @description The referral's state when the check was recorded
                                 * @enum {string}
                                 */
                                referralState: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                url: string;
                                /** @description The last URL asked for, after redirects */
                                finalUrl: string;
                                /** @description The last answer's status; null without an answer */
                                httpStatus: number | null;
                                /** @description Every request made, the URL first, then each redirect followed */
                                hops: {
                                    url: string;
                                    address: string | null;
                                    status: number | null;
                                }[];
                                bytesRead: number;
                                /** @description The body was longer than VIGIL_RECHECK_MAX_BYTES and was cut off */
                                truncated: boolean;
                                /** @description SHA-256 of the bytes read; the body itself is not kept */
                                bodySha256: string | null;
                                durationMs: number;
                                /** @enum {string} */
                                verdict: "gone" | "blocked" | "live" | "unreachable" | "error";
                                reason: string;
                                /** @description See docs/rechecks.md */
                                errorCode: string | null;
                                errorDetail: string | null;
                                requestedBy: string;
                                checkedAt: string;
                            }[];
                            nextBefore: number | null;
                            flags: {
                                id: number;
                                referralId: number;
                                /**
                                 * @description still_live: the recipient said removed or geo-blocked but the URL still serves content; came_back: closed, then live again
                                 * @enum {string}
                                 */
                                kind: "still_live" | "came_back";
                                checkId: number;
                                raisedAt: string;
                                resolvedAt: string | null;
                                resolvedByCheckId: number | null;
                            }[];
                            schedule: {
                                /** @enum {string} */
                                phase: "confirming" | "watching";
                                phaseSince: string;
                                nextCheckAt: string | null;
                                checks: number;
                                lastCheckedAt: string | null;
                            } | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Re-check the referred URL now (needs referrals:propose or referrals:approve); may close the referral or flag it, like a scheduled check */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            check: {
                                id: number;
                                referralId: number;
                                /** @enum {string} */
                                trigger: "scheduled" | "manual";
                                /**
                                 * @description The referral's state when the check was recorded
                                 * @enum {string}
                                 */
                                referralState: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                url: string;
                                /** @description The last URL asked for, after redirects */
                                finalUrl: string;
                                /** @description The last answer's status; null without an answer */
                                httpStatus: number | null;
                                /** @description Every request made, the URL first, then each redirect followed */
                                hops: {
                                    url: string;
                                    address: string | null;
                                    status: number | null;
                                }[];
                                bytesRead: number;
                                /** @description The body was longer than VIGIL_RECHECK_MAX_BYTES and was cut off */
                                truncated: boolean;
                                /** @description SHA-256 of the bytes read; the body itself is not kept */
                                bodySha256: string | null;
                                durationMs: number;
                                /** @enum {string} */
                                verdict: "gone" | "blocked" | "live" | "unreachable" | "error";
                                reason: string;
                                /** @description See docs/rechecks.md */
                                errorCode: string | null;
                                errorDetail: string | null;
                                requestedBy: string;
                                checkedAt: string;
                            };
                            /** @enum {string} */
                            referralState: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            flags: {
                                id: number;
                                referralId: number;
                                /**
                                 * @description still_live: the recipient said removed or geo-blocked but the URL still serves content; came_back: closed, then live again
                                 * @enum {string}
                                 */
                                kind: "still_live" | "came_back";
                                checkId: number;
                                raisedAt: string;
                                resolvedAt: string | null;
                                resolvedByCheckId: number | null;
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/flagged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's referrals flagged by re-checks (still live after a removal claim, or back after closing), newest flag first */
        get: {
            parameters: {
                query?: {
                    kind?: "still_live" | "came_back";
                    /** @description Also flags a later check resolved */
                    includeResolved?: string;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            flags: {
                                id: number;
                                referralId: number;
                                /**
                                 * @description still_live: the recipient said removed or geo-blocked but the URL still serves content; came_back: closed, then live again
                                 * @enum {string}
                                 */
                                kind: "still_live" | "came_back";
                                checkId: number;
                                raisedAt: string;
                                resolvedAt: string | null;
                                resolvedByCheckId: number | null;
                                itemId: number;
                                platformId: number | null;
                                url: string;
                                /** @enum {string} */
                                referralState: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events of referrals sent to the platforms the organisation operates, after a cursor; poll again with the returned cursor */
        get: {
            parameters: {
                query?: {
                    /** @description The cursor of the previous answer; none to start from the beginning */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                /** @description "<platformId>:<sequence>", unique and stable: store it to ignore a repeat */
                                id: string;
                                platformId: number;
                                /** @description The event's place in its platform's feed: 1, 2, 3… without gaps */
                                sequence: number;
                                /** @enum {string} */
                                event: "referral.sent" | "referral.acknowledged" | "referral.removed" | "referral.geo_blocked" | "referral.rejected" | "referral.clarification_requested" | "referral.clarification_answered" | "referral.force_majeure_declared" | "referral.force_majeure_ended" | "referral.recheck_confirmed" | "referral.restored";
                                occurredAt: string;
                                referral: {
                                    /** @description Fetch the whole referral at GET /platform/referrals/{id} */
                                    id: number;
                                    platformId: number;
                                    /** @enum {string} */
                                    kind: "voluntary_referral" | "removal_order";
                                    /**
                                     * @description The state this move led to
                                     * @enum {string}
                                     */
                                    state: "proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored";
                                    previousState: ("proposed" | "approved" | "sent" | "acknowledged" | "removed" | "geo_blocked" | "rejected" | "clarification_requested" | "force_majeure" | "closed" | "withdrawn" | "restored") | null;
                                    /** @description A removal order's reference number */
                                    referenceNumber: string | null;
                                    /** @description Receipt: when the referral was sent */
                                    receivedAt: string | null;
                                    /** @description A removal order's deadline as of this move */
                                    deadlineAt: string | null;
                                    paused: boolean;
                                };
                                /** @description The platform's own reasons and the referrer's answers to clarification */
                                reason: string | null;
                            }[];
                            /** @description Opaque; pass it as ?cursor= on the next poll, even when events is empty */
                            cursor: string;
                            /** @description More events are waiting: poll again at once */
                            hasMore: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mail deliveries of the organisation's referrals, newest first */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "sent" | "dead" | "not_configured";
                    referralId?: number;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                id: number;
                                referralId: number;
                                platformId: number;
                                event: string;
                                /**
                                 * @description pending, sent (accepted by the SMTP server), dead (no more attempts) or not_configured (waiting for SMTP settings)
                                 * @enum {string}
                                 */
                                status: "pending" | "sent" | "dead" | "not_configured";
                                /** @description The address used by the last attempt */
                                recipient: string | null;
                                attempts: number;
                                lastError: string | null;
                                /** @description The Message-ID the SMTP server accepted */
                                messageId: string | null;
                                createdAt: string;
                                sentAt: string | null;
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email-deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an e-mail delivery again with fresh attempts (after its platform address was corrected, say) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            referralId: number;
                            platformId: number;
                            event: string;
                            /**
                             * @description pending, sent (accepted by the SMTP server), dead (no more attempts) or not_configured (waiting for SMTP settings)
                             * @enum {string}
                             */
                            status: "pending" | "sent" | "dead" | "not_configured";
                            /** @description The address used by the last attempt */
                            recipient: string | null;
                            attempts: number;
                            lastError: string | null;
                            /** @description The Message-ID the SMTP server accepted */
                            messageId: string | null;
                            createdAt: string;
                            sentAt: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in member's wellbeing preferences (media blur, greyscale) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Blur radius for media until revealed, 0–64 px */
                            mediaBlurPx: number;
                            /** @description Show media in greyscale */
                            greyscale: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Change the signed-in member's wellbeing preferences */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Blur radius for media until revealed, 0–64 px */
                        mediaBlurPx: number;
                        /** @description Show media in greyscale */
                        greyscale: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Blur radius for media until revealed, 0–64 px */
                            mediaBlurPx: number;
                            /** @description Show media in greyscale */
                            greyscale: boolean;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/m/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up one signal (signal_type and signal), or the media at an allow-listed url, against the banks shared with the caller
         * @description With signal_type (and signal, or url) the answer is the bank map of that signal type, {"<BANK>": [{"bank_content_id", "distance"}]}, as in HMA; with url alone it is one bank map per signal type.
         */
        get: {
            parameters: {
                query?: {
                    signal_type?: string;
                    signal?: string;
                    /** @description Hash the media at this URL (hosts in VIGIL_HASH_URL_ALLOWLIST only) and look up every signal */
                    url?: string;
                    /** @description With url: comma-separated signal types to compute (default pdq,vpdq,md5,sha256) */
                    types?: string;
                    quality?: number;
                    /** @description HMA: comma-separated bank names; only these banks answer (negative banks still suppress) */
                    banks?: string;
                    /** @description Also return matches that a negative bank would suppress (debugging) */
                    ignore_negative_banks?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: {
                                bank_content_id: number;
                                distance: number;
                            }[];
                        } | {
                            [key: string]: {
                                [key: string]: {
                                    bank_content_id: number;
                                    distance: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Hash an upload (multipart field "file") and look up every signal in one call */
        post: {
            parameters: {
                query?: {
                    /** @description HMA: comma-separated bank names; only these banks answer (negative banks still suppress) */
                    banks?: string;
                    /** @description Also return matches that a negative bank would suppress (debugging) */
                    ignore_negative_banks?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description signal type → bank name → matching entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: {
                                [key: string]: {
                                    bank_content_id: number;
                                    distance: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/m/lookup/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Look up many signals in one request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        queries: {
                            signal_type: string;
                            signal: string;
                            quality?: number;
                        }[];
                        /** @description Only these banks answer (negative banks still suppress) */
                        banks?: string[];
                        ignore_negative_banks?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                signal_type: string;
                                signal: string;
                                /** @description bank name → matching entries (HMA shape) */
                                matches: {
                                    [key: string]: {
                                        bank_content_id: number;
                                        distance: number;
                                    }[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Error */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable error code; see docs/errors.md */
                                code: string;
                                message: string;
                                requestId: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
