<?php

// Laravel 8's config/view.php (laravel/laravel v8.6.12): the session's error bag is shared with
// the views, and error pages are Blade views.
return [
    'paths' => [
        resource_path('views'),
    ],
    'compiled' => env('VIEW_COMPILED_PATH', realpath(storage_path('framework/views'))),
];
