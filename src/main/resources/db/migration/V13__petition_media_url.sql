-- Open311's media_url: the address of a photo of the matter, as a client sent it (http or https, at most 1,000
-- characters, checked by Open311Controller); shown in the public feed. Petitions filed before have none.

ALTER TABLE petition ADD media_url VARCHAR(1000);
