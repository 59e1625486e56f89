/**
 * Service levels: the working calendar and the clock that counts a request's first-contact and
 * resolution deadlines in working time.
 *
 * <p>The calendar is the weekly working hours (Monday to Friday 08:00–17:00 Vilnius time until an
 * administrator changes them), less the Lithuanian public holidays of Darbo kodeksas art. 123
 * ({@link lt.pagalba.servicelevel.PublicHoliday}: computed, Easter by the Gregorian algorithm, 24 December
 * from 2011, 2 November from 2020), with the days an administrator adds: a day off, or a working day that
 * wins over a weekend or holiday (it has the hours of that weekday, or those of the full day). The working
 * day before a public holiday ends an hour earlier (art. 112 part 5). It is kept for 2009–2099.
 *
 * <p>{@link lt.pagalba.servicelevel.WorkingClock} counts real elapsed minutes inside working hours; a start
 * outside them counts from the next opening; pauses (time waiting for the client) stop it. A target of
 * "working days" lasts that many full days ({@link lt.pagalba.servicelevel.WeeklyHours#fullDay()}, 9 hours
 * by default), which is the same time on the next working day unless a shortened day or a pause lies
 * between. {@link lt.pagalba.servicelevel.ServiceTargets} gives a request's deadlines and whether it kept
 * them; {@link lt.pagalba.servicelevel.Timekeeper} gives the current calendar.
 *
 * <p>A request's {@code targets} in the API and the service-level report read requests only through the
 * request module's view {@code request_clock} (V65): the statuses a request has been in and when, from which
 * {@link lt.pagalba.servicelevel.RequestClock} finds the time it waited for the client and when it was resolved;
 * and the promise of the contract valid on the day the request came through the contract module's
 * {@code contract_valid_on} (V20) and {@code contract_service_promise} (V61), a faster target where it is faster.
 *
 * <p>The report counts each request's stored outcome ({@link lt.pagalba.servicelevel.ServiceLevelOutcomes}, V79),
 * which triggers on the request module's tables, the calendar and the contracts mark out of date and the
 * report (and {@link lt.pagalba.servicelevel.ScheduledOutcomes}) reckons again.
 *
 * <p>Tables: {@code working_hours}, {@code calendar_day}, {@code service_level_outcome},
 * {@code service_level_epoch}, {@code service_level_client_epoch}; no other module reads them.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "staff", "request"})
package lt.pagalba.servicelevel;

import org.springframework.modulith.ApplicationModule;
