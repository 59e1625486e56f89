/** Clients (companies), their contact people, billing settings and permanent consultant. */
package lt.pagalba.client;
