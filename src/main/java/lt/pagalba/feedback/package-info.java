/**
 * Client feedback (R16): after a request is closed its contact gets a signed one-time link to rate
 * the service 1 to 5 and leave a word; low ratings come back to the administrator as follow-ups.
 */
package lt.pagalba.feedback;
