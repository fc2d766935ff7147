"""Case lists, work queues, case detail with the status timeline."""
