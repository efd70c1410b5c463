"""Channel posting: admins connect channels, set rules and a timetable, and manage a queue.

Pure logic lives in timetable, rules, queue, commands and sanitize; use cases in service;
sending in posting; APScheduler jobs (rebuilt from the database at start-up) in jobs.
"""
